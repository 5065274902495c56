import { useParams } from 'react-router';
import { QuizAttempt } from '../features/quizzes';

export function QuizAttemptPage() {
  const { courseId = '', quizId = '', attemptId = '' } = useParams();
  return <QuizAttempt key={attemptId} courseId={courseId} quizId={quizId} attemptId={attemptId} />;
}
