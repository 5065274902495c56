import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Courses, modules, lessons, enrolments and lesson progress. Never edit after release. */
export class Courses1767312000000 implements MigrationInterface {
  name = 'Courses1767312000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE courses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
        slug text NOT NULL UNIQUE,
        title text NOT NULL,
        summary text NOT NULL DEFAULT '',
        language text NOT NULL,
        eqf_level smallint CHECK (eqf_level BETWEEN 1 AND 8),
        workload_hours integer NOT NULL DEFAULT 0 CHECK (workload_hours >= 0),
        learning_outcomes jsonb NOT NULL DEFAULT '[]',
        topics text[] NOT NULL DEFAULT '{}',
        visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'organisation')),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
        enrolment_opens_at timestamptz,
        enrolment_closes_at timestamptz,
        starts_at timestamptz,
        ends_at timestamptz,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX courses_catalogue_idx ON courses (status, visibility, language);
      CREATE INDEX courses_organisation_idx ON courses (organisation_id);
      CREATE INDEX courses_topics_idx ON courses USING gin (topics);

      CREATE TABLE course_modules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        position integer NOT NULL,
        title text NOT NULL,
        deleted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX course_modules_course_idx ON course_modules (course_id, position);

      -- Lessons are soft-deleted: learners' progress on them stays, and a finished course stays finished.
      CREATE TABLE lessons (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        module_id uuid NOT NULL REFERENCES course_modules(id) ON DELETE CASCADE,
        position integer NOT NULL,
        title text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('page', 'video', 'file', 'quiz')),
        required boolean NOT NULL DEFAULT true,
        body text NOT NULL DEFAULT '',
        video_url text,
        transcript text NOT NULL DEFAULT '',
        deleted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX lessons_module_idx ON lessons (module_id, position);
      CREATE INDEX lessons_course_idx ON lessons (course_id);

      CREATE TABLE enrolments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        course_id uuid NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        source text NOT NULL CHECK (source IN ('self', 'manager')),
        enrolled_by uuid REFERENCES users(id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'completed')),
        progress_percent smallint NOT NULL DEFAULT 0 CHECK (progress_percent BETWEEN 0 AND 100),
        last_lesson_id uuid REFERENCES lessons(id) ON DELETE SET NULL,
        last_activity_at timestamptz,
        completed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (user_id, course_id)
      );
      CREATE INDEX enrolments_course_idx ON enrolments (course_id);

      CREATE TABLE lesson_progress (
        enrolment_id uuid NOT NULL REFERENCES enrolments(id) ON DELETE CASCADE,
        lesson_id uuid NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
        completed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (enrolment_id, lesson_id)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE lesson_progress, enrolments, lessons, course_modules, courses;`);
  }
}
