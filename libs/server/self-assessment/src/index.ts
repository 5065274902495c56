export * from './self-assessment.module';
export * from './round-summary';
export * from './frameworks.service';
export * from './assessment-results.service';
