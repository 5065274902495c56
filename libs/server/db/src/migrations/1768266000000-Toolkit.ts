import type { MigrationInterface, QueryRunner } from 'typeorm';

const LOCALES = `('en', 'it', 'fi', 'pt', 'el', 'de', 'es', 'sv')`;
const GROUPS = `ARRAY['leaders', 'teachers', 'administrative_staff', 'learners', 'company_trainers', 'partner_schools']`;

/**
 * The International Office toolkit (issue 11): self-assessment frameworks in versions, a school's
 * assessment rounds with anonymous responses, its roadmap shaped like an Erasmus Plan, and the
 * resource library (which a course lesson can show). Shapes of the jsonb columns live in
 * `libs/contracts/src/toolkit-*.ts` and are checked by the services.
 *
 * Anonymity: a response row names its round and respondent group, never a person, a link or a
 * time finer than the day, so nothing in it leads back to an invitation.
 */
export class Toolkit1768266000000 implements MigrationInterface {
  name = 'Toolkit1768266000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assessment_frameworks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      -- A published version never changes (rounds point at it); an edit is a new draft version.
      -- content: {sourceLocale, title, description, areas: [{key, title, description, topic,
      -- statements: [{key, text}]}]}, every text a {locale: string} map.
      CREATE TABLE assessment_framework_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        framework_id uuid NOT NULL REFERENCES assessment_frameworks(id) ON DELETE CASCADE,
        version integer NOT NULL CHECK (version >= 1),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'retired')),
        content jsonb NOT NULL CHECK (jsonb_typeof(content) = 'object'),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        published_by uuid REFERENCES users(id) ON DELETE SET NULL,
        UNIQUE (framework_id, version)
      );
      CREATE UNIQUE INDEX framework_versions_one_draft_idx
        ON assessment_framework_versions (framework_id) WHERE status = 'draft';
      CREATE UNIQUE INDEX framework_versions_one_published_idx
        ON assessment_framework_versions (framework_id) WHERE status = 'published';

      CREATE TABLE assessment_rounds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        framework_version_id uuid NOT NULL REFERENCES assessment_framework_versions(id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        -- The language of invitations; each respondent may answer in any of the eight.
        locale text NOT NULL CHECK (locale IN ${LOCALES}),
        respondent_groups text[] NOT NULL
          CHECK (cardinality(respondent_groups) >= 1 AND respondent_groups <@ ${GROUPS}),
        -- [{key, text}] scored like statements, at most 8 (checked by the service too).
        custom_questions jsonb NOT NULL DEFAULT '[]'
          CHECK (jsonb_typeof(custom_questions) = 'array' AND jsonb_array_length(custom_questions) <= 8),
        -- A group's results show only once this many of its members answered.
        min_group_size smallint NOT NULL DEFAULT 3 CHECK (min_group_size BETWEEN 3 AND 50),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        closes_at timestamptz,
        closed_at timestamptz,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX assessment_rounds_org_idx ON assessment_rounds (organisation_id, created_at);
      CREATE INDEX assessment_rounds_closed_idx ON assessment_rounds (framework_version_id, closed_at)
        WHERE status = 'closed';

      -- A shareable link (one per group, answered by many) or a personal invitation (one e-mail
      -- address, answered once). Only the SHA-256 of a token is kept.
      CREATE TABLE assessment_round_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES assessment_rounds(id) ON DELETE CASCADE,
        respondent_group text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('shared', 'invitation')),
        token_hash bytea NOT NULL UNIQUE,
        email text CHECK (length(email) <= 320),
        -- Shared links stop taking answers at this count (ballot stuffing through a leaked link).
        max_responses integer CHECK (max_responses BETWEEN 1 AND 5000),
        responses integer NOT NULL DEFAULT 0 CHECK (responses >= 0),
        -- Invitations only; never shown per person (that would tell who answered).
        used_at timestamptz,
        revoked_at timestamptz,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'invitation') = (email IS NOT NULL)),
        CHECK (kind = 'invitation' OR max_responses IS NOT NULL)
      );
      CREATE INDEX assessment_round_links_round_idx ON assessment_round_links (round_id);
      CREATE UNIQUE INDEX assessment_round_invitations_once_idx
        ON assessment_round_links (round_id, lower(email)) WHERE kind = 'invitation';

      -- answers: {statementKey: 0..5}, 0 = "does not apply"; custom_answers: {questionKey: 0..5}.
      CREATE TABLE assessment_responses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES assessment_rounds(id) ON DELETE CASCADE,
        respondent_group text NOT NULL,
        answers jsonb NOT NULL CHECK (jsonb_typeof(answers) = 'object'),
        custom_answers jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(custom_answers) = 'object'),
        submitted_on date NOT NULL DEFAULT current_date
      );
      CREATE INDEX assessment_responses_round_idx ON assessment_responses (round_id, respondent_group);

      -- Written when a round closes: per group and area, the sum and count of scores (0s left
      -- out) and how many answered. Peer medians and earlier-round comparisons read only these.
      CREATE TABLE assessment_round_area_scores (
        round_id uuid NOT NULL REFERENCES assessment_rounds(id) ON DELETE CASCADE,
        respondent_group text NOT NULL,
        area_key text NOT NULL,
        score_sum integer NOT NULL CHECK (score_sum >= 0),
        score_count integer NOT NULL CHECK (score_count >= 0),
        respondents integer NOT NULL CHECK (respondents >= 0),
        PRIMARY KEY (round_id, respondent_group, area_key)
      );

      -- Shaped like the Erasmus Plan of an accreditation: objectives with a measurable indicator,
      -- actions with owners; activity_estimates: [{year, activityType, participants}].
      CREATE TABLE roadmaps (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        -- The language of its PDF.
        locale text NOT NULL CHECK (locale IN ${LOCALES}),
        source_round_id uuid REFERENCES assessment_rounds(id) ON DELETE SET NULL,
        focus_area_keys text[] NOT NULL DEFAULT '{}',
        starts_on date,
        ends_on date,
        activity_estimates jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(activity_estimates) = 'array'),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
      );
      CREATE INDEX roadmaps_org_idx ON roadmaps (organisation_id, created_at);

      CREATE TABLE roadmap_objectives (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        roadmap_id uuid NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
        position integer NOT NULL,
        -- The framework area it improves; an 'area_score' indicator is read from later rounds.
        area_key text,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        explanation text NOT NULL DEFAULT '' CHECK (length(explanation) <= 5000),
        starts_on date,
        ends_on date,
        indicator text NOT NULL CHECK (length(indicator) BETWEEN 1 AND 500),
        indicator_kind text NOT NULL DEFAULT 'number' CHECK (indicator_kind IN ('area_score', 'number', 'percent')),
        baseline numeric(12, 2),
        target numeric(12, 2),
        current_value numeric(12, 2),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
      );
      CREATE INDEX roadmap_objectives_roadmap_idx ON roadmap_objectives (roadmap_id, position);

      CREATE TABLE roadmap_actions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        objective_id uuid NOT NULL REFERENCES roadmap_objectives(id) ON DELETE CASCADE,
        roadmap_id uuid NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
        position integer NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        owner_id uuid REFERENCES users(id) ON DELETE SET NULL,
        due_on date,
        status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
        notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 5000),
        completed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX roadmap_actions_objective_idx ON roadmap_actions (objective_id, position);
      CREATE INDEX roadmap_actions_due_idx ON roadmap_actions (due_on)
        WHERE status IN ('planned', 'in_progress') AND owner_id IS NOT NULL;

      ALTER TABLE sent_reminders DROP CONSTRAINT sent_reminders_kind_check;
      ALTER TABLE sent_reminders ADD CONSTRAINT sent_reminders_kind_check CHECK (kind IN
        ('participant_missing_entry', 'mentor_digest', 'manager_agreement_pending', 'roadmap_action_due'));

      -- A library item; what it says lives in its versions. Its kind never changes.
      CREATE TABLE resources (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- The author organisation.
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('document', 'template', 'tutorial', 'link')),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- Taken out of the library by a platform admin: gone from search and from lessons.
        withdrawn_at timestamptz
      );
      CREATE INDEX resources_org_idx ON resources (organisation_id);

      -- At most one published version (the current one) and one draft or submitted version per
      -- resource; publishing a version supersedes the previous one.
      CREATE TABLE resource_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        resource_id uuid NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
        version integer NOT NULL CHECK (version >= 1),
        status text NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'submitted', 'published', 'rejected', 'superseded')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 2000),
        locale text NOT NULL CHECK (locale IN ${LOCALES}),
        topics text[] NOT NULL DEFAULT '{}',
        audiences text[] NOT NULL DEFAULT '{}',
        licence text NOT NULL CHECK (length(licence) BETWEEN 1 AND 60),
        -- Markdown: a tutorial's page, or notes on how to use a template or document.
        body text NOT NULL DEFAULT '' CHECK (length(body) <= 200000),
        -- A link's address, or a tutorial's video.
        url text CHECK (length(url) <= 2000),
        file_id uuid REFERENCES stored_files(id),
        change_note text NOT NULL DEFAULT '' CHECK (length(change_note) <= 1000),
        review_note text CHECK (length(review_note) <= 2000),
        submitted_at timestamptz,
        reviewed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        reviewed_at timestamptz,
        published_at timestamptz,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple'::regconfig, title), 'A') ||
          setweight(to_tsvector('simple'::regconfig, summary), 'B') ||
          setweight(to_tsvector('simple'::regconfig, left(body, 20000)), 'C')
        ) STORED,
        UNIQUE (resource_id, version)
      );
      CREATE UNIQUE INDEX resource_versions_one_published_idx
        ON resource_versions (resource_id) WHERE status = 'published';
      CREATE UNIQUE INDEX resource_versions_one_open_idx
        ON resource_versions (resource_id) WHERE status IN ('draft', 'submitted');
      CREATE INDEX resource_versions_search_idx ON resource_versions USING gin (search)
        WHERE status = 'published';
      CREATE INDEX resource_versions_topics_idx ON resource_versions USING gin (topics)
        WHERE status = 'published';
      CREATE INDEX resource_versions_published_idx ON resource_versions (locale, published_at)
        WHERE status = 'published';
      CREATE INDEX resource_versions_review_idx ON resource_versions (submitted_at)
        WHERE status = 'submitted';

      ALTER TABLE stored_files DROP CONSTRAINT stored_files_purpose_check;
      ALTER TABLE stored_files ADD CONSTRAINT stored_files_purpose_check CHECK (purpose IN
        ('course-cover', 'lesson-image', 'lesson-video', 'lesson-captions', 'lesson-file',
         'mobility-evidence', 'resource-file'));

      -- A resource lesson shows the resource's current published version.
      ALTER TABLE lessons ADD COLUMN resource_id uuid REFERENCES resources(id);
      ALTER TABLE lessons DROP CONSTRAINT lessons_kind_check;
      ALTER TABLE lessons ADD CONSTRAINT lessons_kind_check
        CHECK (kind IN ('page', 'video', 'file', 'quiz', 'resource'));
      ALTER TABLE lessons ADD CONSTRAINT lessons_resource_kind_check
        CHECK ((kind = 'resource') = (resource_id IS NOT NULL));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM lessons WHERE kind = 'resource';
      ALTER TABLE lessons DROP CONSTRAINT lessons_resource_kind_check;
      ALTER TABLE lessons DROP CONSTRAINT lessons_kind_check;
      ALTER TABLE lessons ADD CONSTRAINT lessons_kind_check CHECK (kind IN ('page', 'video', 'file', 'quiz'));
      ALTER TABLE lessons DROP COLUMN resource_id;
      DROP TABLE resource_versions, resources;
      DELETE FROM stored_files WHERE purpose = 'resource-file';
      ALTER TABLE stored_files DROP CONSTRAINT stored_files_purpose_check;
      ALTER TABLE stored_files ADD CONSTRAINT stored_files_purpose_check CHECK (purpose IN
        ('course-cover', 'lesson-image', 'lesson-video', 'lesson-captions', 'lesson-file', 'mobility-evidence'));
      DELETE FROM sent_reminders WHERE kind = 'roadmap_action_due';
      ALTER TABLE sent_reminders DROP CONSTRAINT sent_reminders_kind_check;
      ALTER TABLE sent_reminders ADD CONSTRAINT sent_reminders_kind_check CHECK (kind IN
        ('participant_missing_entry', 'mentor_digest', 'manager_agreement_pending'));
      DROP TABLE roadmap_actions, roadmap_objectives, roadmaps;
      DROP TABLE assessment_round_area_scores, assessment_responses, assessment_round_links, assessment_rounds;
      DROP TABLE assessment_framework_versions, assessment_frameworks;
    `);
  }
}
