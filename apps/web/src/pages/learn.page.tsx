import { useParams } from 'react-router';
import { CoursePlayer } from '../features/courses';

export function LearnPage() {
  const { courseId = '', lessonId } = useParams();
  return <CoursePlayer key={courseId} courseId={courseId} lessonId={lessonId} />;
}
