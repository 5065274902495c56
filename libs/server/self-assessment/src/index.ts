export * from './self-assessment.module';
