export * from './mobility.module';
export * from './mobilities.service';
export * from './mobility-status.service';
export * from './learning-agreements.service';
export { agreementDiff } from './agreement-diff';
export * from './mentor-links.service';
export * from './mobility-rules';
export { columnsOf } from './mobility-views';
