export { resourcesApi } from './api/resources.api';
export { resourcesKeys } from './api/resources.keys';
export { ResourcePicker, type PickedResource } from './components/resource-picker';
