export { resourcesApi } from './api/resources.api';
export { resourcesKeys } from './api/resources.keys';
export { ResourcePicker, type PickedResource } from './components/resource-picker';
export { LibrarySearch } from './components/library-search';
export { ResourceDetail } from './components/resource-detail';
export { ContributeResource, EditResource } from './components/resource-editor';
export { MyResources } from './components/my-resources';
export { ResourceReviews } from './components/resource-reviews';
