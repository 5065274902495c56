export { RoadmapsView } from './components/roadmaps-view';
export { RoadmapView } from './components/roadmap-view';
export { MyActionsView } from './components/my-actions-view';
export { roadmapsKeys } from './api/roadmaps.keys';
