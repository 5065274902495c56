export * from './demo-data';
export * from './seed-demo-data';
export * from './demo-courses';
export * from './seed-demo-courses';
export * from './demo-quiz';
export * from './seed-demo-quiz';
export * from './seed-demo-graduate';
