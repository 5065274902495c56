export * from './demo-data';
export * from './seed-demo-data';
export * from './demo-courses';
export * from './seed-demo-courses';
