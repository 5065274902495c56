export * from './self-assessment.module';
export * from './round-summary';
export * from './frameworks.service';
export * from './assessment-results.service';
export * from './assessment-rounds.service';
export * from './round-links.service';
export * from './respondent.service';
export * from './shipped-framework.seed';
