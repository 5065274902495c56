import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Question banks (versioned: a used question is never changed, an edit makes a new version),
 * quizzes (one per quiz lesson) with their slots, attempts and the items of each attempt.
 * The database enforces the attempt rules the API promises: unique (quiz, learner, number) and at
 * most one attempt in progress per learner and quiz.
 */
export class Quizzes1767657600000 implements MigrationInterface {
  name = 'Quizzes1767657600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE questions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        current_version integer NOT NULL DEFAULT 1,
        tags text[] NOT NULL DEFAULT '{}',
        archived_at timestamptz,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX questions_course_idx ON questions (course_id);
      CREATE INDEX questions_tags_idx ON questions USING gin (tags);

      CREATE TABLE question_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        question_id uuid NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
        version integer NOT NULL,
        type text NOT NULL CHECK (type IN ('single_choice', 'multiple_choice', 'true_false', 'short_answer',
          'numeric', 'matching', 'ordering', 'essay')),
        prompt text NOT NULL,
        content jsonb NOT NULL,
        general_feedback text,
        tags text[] NOT NULL DEFAULT '{}',
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (question_id, version)
      );

      CREATE TABLE quizzes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        lesson_id uuid NOT NULL UNIQUE REFERENCES lessons(id) ON DELETE CASCADE,
        attempts_allowed integer CHECK (attempts_allowed > 0),
        time_limit_seconds integer CHECK (time_limit_seconds > 0),
        opens_at timestamptz,
        closes_at timestamptz,
        pass_percent numeric(5,2) NOT NULL DEFAULT 50 CHECK (pass_percent BETWEEN 0 AND 100),
        grading_method text NOT NULL DEFAULT 'highest' CHECK (grading_method IN ('highest', 'last', 'first', 'average')),
        shuffle_questions boolean NOT NULL DEFAULT false,
        shuffle_options boolean NOT NULL DEFAULT false,
        show_score text NOT NULL DEFAULT 'after_submit' CHECK (show_score IN ('after_submit', 'after_close', 'never')),
        show_feedback text NOT NULL DEFAULT 'after_submit' CHECK (show_feedback IN ('after_submit', 'after_close', 'never')),
        show_answers text NOT NULL DEFAULT 'after_close' CHECK (show_answers IN ('after_submit', 'after_close', 'never')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (opens_at IS NULL OR closes_at IS NULL OR opens_at < closes_at)
      );
      CREATE INDEX quizzes_course_idx ON quizzes (course_id);

      -- A slot is one fixed question, or draw_count random questions carrying a tag.
      CREATE TABLE quiz_slots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        quiz_id uuid NOT NULL REFERENCES quizzes(id) ON DELETE CASCADE,
        position integer NOT NULL,
        question_id uuid REFERENCES questions(id) ON DELETE CASCADE,
        tag text,
        draw_count integer NOT NULL DEFAULT 1 CHECK (draw_count BETWEEN 1 AND 100),
        points integer NOT NULL DEFAULT 1 CHECK (points BETWEEN 1 AND 100),
        UNIQUE (quiz_id, position),
        CHECK ((question_id IS NULL) <> (tag IS NULL))
      );

      CREATE TABLE quiz_attempts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        quiz_id uuid NOT NULL REFERENCES quizzes(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number > 0),
        status text NOT NULL DEFAULT 'in_progress'
          CHECK (status IN ('in_progress', 'submitted', 'graded', 'needs_review')),
        seed text NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        deadline_at timestamptz,
        submitted_at timestamptz,
        submitted_by text CHECK (submitted_by IN ('learner', 'deadline')),
        graded_at timestamptz,
        score_percent numeric(5,2),
        passed boolean,
        -- How many times automatic grading completed for this attempt: 1, whatever retries happened.
        auto_gradings integer NOT NULL DEFAULT 0,
        UNIQUE (quiz_id, user_id, number)
      );
      CREATE UNIQUE INDEX quiz_attempts_one_open_idx ON quiz_attempts (quiz_id, user_id) WHERE status = 'in_progress';
      CREATE INDEX quiz_attempts_deadline_idx ON quiz_attempts (deadline_at) WHERE status = 'in_progress';
      CREATE INDEX quiz_attempts_submitted_idx ON quiz_attempts (submitted_at) WHERE status = 'submitted';
      CREATE INDEX quiz_attempts_user_idx ON quiz_attempts (user_id, quiz_id);

      CREATE TABLE attempt_items (
        attempt_id uuid NOT NULL REFERENCES quiz_attempts(id) ON DELETE CASCADE,
        position integer NOT NULL,
        question_version_id uuid NOT NULL REFERENCES question_versions(id),
        points integer NOT NULL,
        -- Option, pair or item ids in the order this attempt shows them (shuffled with the attempt's seed).
        display_order jsonb,
        response jsonb,
        saved_at timestamptz,
        fraction numeric(7,6) CHECK (fraction BETWEEN 0 AND 1),
        needs_review boolean NOT NULL DEFAULT false,
        feedback jsonb NOT NULL DEFAULT '[]',
        comment text,
        graded_by uuid REFERENCES users(id) ON DELETE SET NULL,
        graded_at timestamptz,
        PRIMARY KEY (attempt_id, position)
      );
      CREATE INDEX attempt_items_version_idx ON attempt_items (question_version_id);
      CREATE INDEX attempt_items_review_idx ON attempt_items (attempt_id) WHERE needs_review;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE attempt_items, quiz_attempts, quiz_slots, quizzes, question_versions, questions;`,
    );
  }
}
