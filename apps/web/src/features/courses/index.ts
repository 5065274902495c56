export { coursesApi, CATALOGUE_PAGE_SIZE, type MyEnrolment } from './api/courses.api';
export { coursesKeys } from './api/courses.keys';
export { CatalogueView } from './components/catalogue-view';
export { CourseDetail } from './components/course-detail';
export { CoursePlayer } from './components/course-player';
export { MyLearning } from './components/my-learning';
export { Markdown } from './lib/markdown';
