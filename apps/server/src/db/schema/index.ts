export * from './history';
export * from './organizations';
export * from './premises';
export * from './staff';
