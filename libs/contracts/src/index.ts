export * from './errors';
export * from './common';
export * from './auth';
export * from './organisations';
export * from './admin';
export * from './jobs';
export * from './courses';
export * from './files';
