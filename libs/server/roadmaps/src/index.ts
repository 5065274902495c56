export * from './roadmaps.module';
export * from './roadmaps.service';
export * from './roadmap-items.service';
export * from './roadmap-insights.service';
export * from './roadmap-export.service';
export * from './my-roadmap-actions.service';
export * from './roadmap-reminders.service';
export { actionDueOccasion, reminderWindow } from './roadmap-reminder-rules';
