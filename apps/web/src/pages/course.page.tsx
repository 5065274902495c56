import { useParams } from 'react-router';
import { CourseDetail } from '../features/courses';

export function CoursePage() {
  const { slug = '' } = useParams();
  return <CourseDetail key={slug} slug={slug} />;
}
