export { authoringApi, type AuthoredCourse } from './api/authoring.api';
export { authoringKeys } from './api/authoring.keys';
export { OrgCourses } from './components/org-courses';
export { NewCourse, EditCourse } from './components/course-form-view';
export { CourseEditor } from './components/course-editor';
export { LessonEditorView } from './components/lesson-editor-view';
export { CoursePreview } from './components/course-preview';
