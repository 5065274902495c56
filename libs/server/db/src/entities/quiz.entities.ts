import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { AttemptStatus, GradingMethod, QuestionType, ReviewMoment } from '@campus/contracts';

/** numeric columns come back from pg as strings. */
const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** A question of a course's bank; its content lives in versions (a used version never changes). */
@Entity('questions')
export class Question {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'course_id' }) courseId: string;
  @Column('integer', { name: 'current_version', default: 1 }) currentVersion: number;
  @Column('text', { array: true, default: [] }) tags: string[];
  @Column('timestamptz', { name: 'archived_at', nullable: true }) archivedAt: Date | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('question_versions')
export class QuestionVersion {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'question_id' }) questionId: string;
  @Column('integer') version: number;
  @Column('text') type: QuestionType;
  @Column('text') prompt: string;
  @Column('jsonb') content: unknown;
  @Column('text', { name: 'general_feedback', nullable: true }) generalFeedback: string | null;
  @Column('text', { array: true, default: [] }) tags: string[];
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** The settings of a quiz lesson. */
@Entity('quizzes')
export class Quiz {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'course_id' }) courseId: string;
  @Column('uuid', { name: 'lesson_id' }) lessonId: string;
  @Column('integer', { name: 'attempts_allowed', nullable: true }) attemptsAllowed: number | null;
  @Column('integer', { name: 'time_limit_seconds', nullable: true }) timeLimitSeconds: number | null;
  @Column('timestamptz', { name: 'opens_at', nullable: true }) opensAt: Date | null;
  @Column('timestamptz', { name: 'closes_at', nullable: true }) closesAt: Date | null;
  @Column('numeric', { name: 'pass_percent', transformer: numeric }) passPercent: number;
  @Column('text', { name: 'grading_method' }) gradingMethod: GradingMethod;
  @Column('boolean', { name: 'shuffle_questions' }) shuffleQuestions: boolean;
  @Column('boolean', { name: 'shuffle_options' }) shuffleOptions: boolean;
  @Column('text', { name: 'show_score' }) showScore: ReviewMoment;
  @Column('text', { name: 'show_feedback' }) showFeedback: ReviewMoment;
  @Column('text', { name: 'show_answers' }) showAnswers: ReviewMoment;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** One fixed question, or `drawCount` questions drawn at random from those carrying `tag`. */
@Entity('quiz_slots')
export class QuizSlotRow {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'quiz_id' }) quizId: string;
  @Column('integer') position: number;
  @Column('uuid', { name: 'question_id', nullable: true }) questionId: string | null;
  @Column('text', { nullable: true }) tag: string | null;
  @Column('integer', { name: 'draw_count', default: 1 }) drawCount: number;
  @Column('integer', { default: 1 }) points: number;
}

@Entity('quiz_attempts')
export class QuizAttempt {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'quiz_id' }) quizId: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('integer') number: number;
  @Column('text', { default: 'in_progress' }) status: AttemptStatus;
  @Column('text') seed: string;
  @Column('timestamptz', { name: 'started_at' }) startedAt: Date;
  @Column('timestamptz', { name: 'deadline_at', nullable: true }) deadlineAt: Date | null;
  @Column('timestamptz', { name: 'submitted_at', nullable: true }) submittedAt: Date | null;
  @Column('text', { name: 'submitted_by', nullable: true }) submittedBy: 'learner' | 'deadline' | null;
  @Column('timestamptz', { name: 'graded_at', nullable: true }) gradedAt: Date | null;
  @Column('numeric', { name: 'score_percent', nullable: true, transformer: numeric }) scorePercent:
    number | null;
  @Column('boolean', { nullable: true }) passed: boolean | null;
  @Column('integer', { name: 'auto_gradings', default: 0 }) autoGradings: number;
}

@Entity('attempt_items')
export class AttemptItem {
  @PrimaryColumn('uuid', { name: 'attempt_id' }) attemptId: string;
  @PrimaryColumn('integer') position: number;
  @Column('uuid', { name: 'question_version_id' }) questionVersionId: string;
  @Column('integer') points: number;
  @Column('jsonb', { name: 'display_order', nullable: true }) displayOrder: string[] | null;
  @Column('jsonb', { nullable: true }) response: unknown;
  @Column('timestamptz', { name: 'saved_at', nullable: true }) savedAt: Date | null;
  @Column('numeric', { nullable: true, transformer: numeric }) fraction: number | null;
  @Column('boolean', { name: 'needs_review', default: false }) needsReview: boolean;
  @Column('jsonb', { default: [] }) feedback: string[];
  @Column('text', { nullable: true }) comment: string | null;
  @Column('uuid', { name: 'graded_by', nullable: true }) gradedBy: string | null;
  @Column('timestamptz', { name: 'graded_at', nullable: true }) gradedAt: Date | null;
}
