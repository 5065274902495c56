export * from './courses.module';
export * from './authoring.service';
export * from './catalogue.service';
export * from './learning.service';
export * from './org-enrolments.service';
export * from './progress-report.service';
export { courseProgress } from './progress-rule';
