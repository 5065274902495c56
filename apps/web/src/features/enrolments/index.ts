export { enrolmentsApi } from './api/enrolments.api';
export { enrolmentsKeys } from './api/enrolments.keys';
export { EnrolView } from './components/enrol-view';
export { EnrolResult } from './components/enrol-result';
export { ProgressView } from './components/progress-view';
export { saveFile } from './lib/save-file';
export { ManagerGate } from './components/manager-gate';
