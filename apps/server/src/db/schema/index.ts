export * from './clients';
export * from './history';
export * from './organizations';
export * from './premises';
export * from './staff';
