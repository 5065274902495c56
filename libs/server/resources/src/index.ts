export * from './resources.module';
