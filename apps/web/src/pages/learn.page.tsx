import { useParams } from 'react-router';
import { CoursePlayer } from '../features/courses';
import { QuizLesson } from '../features/quizzes';

export function LearnPage() {
  const { courseId = '', lessonId } = useParams();
  return (
    <CoursePlayer
      key={courseId}
      courseId={courseId}
      lessonId={lessonId}
      renderQuiz={(course, lesson) => <QuizLesson course={course} lesson={lesson} />}
    />
  );
}
