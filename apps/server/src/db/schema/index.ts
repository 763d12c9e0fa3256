export * from './clients';
export * from './history';
export * from './integration';
export * from './organizations';
export * from './premises';
export * from './resident-app';
export * from './residents';
export * from './staff';
