export { FrameworksAdmin } from './components/frameworks-admin';
export { FrameworkAdmin } from './components/framework-admin';
export { usePublishedFrameworks, useFrameworkVersion } from './hooks/use-frameworks';
export { frameworksApi } from './api/frameworks.api';
export { frameworkKeys } from './api/frameworks.keys';
