export * from './roadmaps.module';
