import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mobility records (issue 10, first slice): a participant of the sending organisation abroad on an
 * Erasmus+ KA1 activity, and the history of its status. The checks mirror the cheap rules of
 * `libs/server/mobility/src/mobility-rules.ts`; duration limits and interruptions are checked there.
 * Health or special-needs data has no column and is never stored.
 */
export class Mobilities1768093320000 implements MigrationInterface {
  name = 'Mobilities1768093320000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mobilities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        participant_id uuid NOT NULL REFERENCES users(id),
        activity_type text NOT NULL
          CHECK (activity_type IN ('SM-JOB-SHDW', 'SM-TTA', 'SM-COUR-TRAIN', 'LM-SHORT-VET', 'LM-LONG-VET')),
        project_number text NOT NULL CHECK (length(project_number) BETWEEN 1 AND 60),
        mobility_code text NOT NULL CHECK (length(mobility_code) BETWEEN 1 AND 60),
        host_name text NOT NULL,
        host_country char(2) NOT NULL CHECK (host_country ~ '^[A-Z]{2}$'),
        host_city text NOT NULL,
        host_address text NOT NULL,
        host_website text NOT NULL,
        host_oid text CHECK (host_oid ~ '^E[0-9]{8}$'),
        mentor_name text NOT NULL,
        mentor_role text NOT NULL,
        mentor_email text NOT NULL,
        mentor_language text NOT NULL CHECK (mentor_language IN ('en', 'it', 'fi', 'pt', 'el', 'de', 'es', 'sv')),
        start_date date NOT NULL,
        end_date date NOT NULL,
        travel_days_before smallint NOT NULL DEFAULT 0 CHECK (travel_days_before BETWEEN 0 AND 6),
        travel_days_after smallint NOT NULL DEFAULT 0 CHECK (travel_days_after BETWEEN 0 AND 6),
        transport text NOT NULL,
        green_travel boolean NOT NULL DEFAULT false,
        distance_band text NOT NULL
          CHECK (distance_band IN ('10-99', '100-499', '500-1999', '2000-2999', '3000-3999', '4000-7999', '8000+')),
        -- [{from, to}] plain dates, within the activity and not overlapping (checked by the rules).
        interruptions jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(interruptions) = 'array'),
        status text NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'agreed', 'in_progress', 'completed', 'validated', 'cancelled')),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (end_date >= start_date),
        UNIQUE (organisation_id, project_number, mobility_code)
      );
      CREATE INDEX mobilities_org_start_idx ON mobilities (organisation_id, start_date);
      CREATE INDEX mobilities_participant_idx ON mobilities (participant_id);

      CREATE TABLE mobility_status_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        mobility_id uuid NOT NULL REFERENCES mobilities(id) ON DELETE CASCADE,
        -- NULL for the row that records the creation of the draft.
        from_status text,
        to_status text NOT NULL,
        changed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        -- clock_timestamp(): rows written in one transaction still sort in the order they happened.
        changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        note text CHECK (length(note) <= 1000)
      );
      CREATE INDEX mobility_status_changes_mobility_idx ON mobility_status_changes (mobility_id, changed_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mobility_status_changes, mobilities;`);
  }
}
