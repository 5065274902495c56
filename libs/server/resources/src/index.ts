export * from './resources.module';
export * from './resource-library.service';
export * from './resource-contributions.service';
export * from './resource-reviews.service';
export * from './resource-uploads.service';
export * from './resource-lessons.service';
export * from './resource-change-feed';
