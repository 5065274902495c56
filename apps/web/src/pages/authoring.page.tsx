import { useParams } from 'react-router';
import {
  CourseCertificates,
  CourseEditor,
  CoursePreview,
  EditCourse,
  LessonEditorView,
  NewCourse,
  OrgCourses,
} from '../features/authoring';

// Course authoring is a separate chunk: learners never load it.

export function OrgCoursesPage() {
  const { orgId = '' } = useParams();
  return <OrgCourses key={orgId} orgId={orgId} />;
}

export function NewCoursePage() {
  const { orgId = '' } = useParams();
  return <NewCourse key={orgId} orgId={orgId} />;
}

export function CourseEditorPage() {
  const { courseId = '' } = useParams();
  return <CourseEditor key={courseId} courseId={courseId} />;
}

export function EditCoursePage() {
  const { courseId = '' } = useParams();
  return <EditCourse key={courseId} courseId={courseId} />;
}

export function LessonEditorPage() {
  const { courseId = '', moduleId, lessonId } = useParams();
  return (
    <LessonEditorView
      key={`${courseId}/${moduleId}/${lessonId}`}
      courseId={courseId}
      moduleId={moduleId}
      lessonId={lessonId}
    />
  );
}

export function CoursePreviewPage() {
  const { courseId = '', lessonId } = useParams();
  return <CoursePreview key={courseId} courseId={courseId} lessonId={lessonId} />;
}

export function CourseCertificatesPage() {
  const { courseId = '' } = useParams();
  return <CourseCertificates key={courseId} courseId={courseId} />;
}
