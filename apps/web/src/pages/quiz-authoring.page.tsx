import { useParams } from 'react-router';
import {
  Gradebook,
  GradingQueue,
  QuestionBank,
  QuizAttempts,
  QuizSettingsEditor,
  QuizStatistics,
  TrainerAttempt,
} from '../features/quizzes';

// Trainers' quiz pages are a chunk of their own, like the rest of course authoring.

export function QuestionBankPage() {
  const { courseId = '' } = useParams();
  return <QuestionBank key={courseId} courseId={courseId} />;
}

export function QuizSettingsPage() {
  const { courseId = '', quizId = '' } = useParams();
  return <QuizSettingsEditor key={quizId} courseId={courseId} quizId={quizId} />;
}

export function QuizAttemptsPage() {
  const { courseId = '', quizId = '' } = useParams();
  return <QuizAttempts key={quizId} courseId={courseId} quizId={quizId} />;
}

export function QuizStatisticsPage() {
  const { courseId = '', quizId = '' } = useParams();
  return <QuizStatistics key={quizId} courseId={courseId} quizId={quizId} />;
}

export function TrainerAttemptPage() {
  const { courseId = '', attemptId = '' } = useParams();
  return <TrainerAttempt key={attemptId} courseId={courseId} attemptId={attemptId} />;
}

export function GradingQueuePage() {
  const { courseId = '' } = useParams();
  return <GradingQueue key={courseId} courseId={courseId} />;
}

export function GradebookPage() {
  const { courseId = '' } = useParams();
  return <Gradebook key={courseId} courseId={courseId} />;
}
