import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed certificates. Signing keys are Ed25519, the private half sealed with the platform's key
 * encryption key; retired keys keep verifying. Each certificate owns one index in a W3C Bitstring
 * Status List, so revocation is public. One live certificate per holder and course, enforced here.
 */
export class Certificates1767744000000 implements MigrationInterface {
  name = 'Certificates1767744000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE signing_keys (
        kid text PRIMARY KEY,
        public_jwk jsonb NOT NULL,
        private_sealed text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        retired_at timestamptz
      );
      -- At most one active key.
      CREATE UNIQUE INDEX signing_keys_one_active_idx ON signing_keys ((true)) WHERE retired_at IS NULL;

      CREATE TABLE status_lists (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        length integer NOT NULL DEFAULT 131072,
        next_index integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE certificates (
        id uuid PRIMARY KEY,
        serial bigserial UNIQUE,
        achievement_kind text NOT NULL CHECK (achievement_kind IN ('course', 'mobility')),
        holder_id uuid REFERENCES users(id) ON DELETE SET NULL,
        -- As signed; the public page stops showing it once the holder is erased.
        holder_name text NOT NULL,
        holder_erased boolean NOT NULL DEFAULT false,
        course_id uuid REFERENCES courses(id) ON DELETE SET NULL,
        enrolment_id uuid REFERENCES enrolments(id) ON DELETE SET NULL,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        verification_code text NOT NULL UNIQUE,
        issued_at timestamptz NOT NULL DEFAULT now(),
        credential jsonb NOT NULL,
        credential_jwt text NOT NULL,
        kid text NOT NULL REFERENCES signing_keys(kid),
        status_list_id uuid NOT NULL REFERENCES status_lists(id),
        status_index integer NOT NULL,
        pdf_key text,
        locale text NOT NULL DEFAULT 'en',
        revoked_at timestamptz,
        revoked_reason text,
        revoked_by uuid REFERENCES users(id) ON DELETE SET NULL,
        superseded_by uuid REFERENCES certificates(id),
        -- Set when a regrade changed the result behind it: for a trainer to review, never revoked automatically.
        review_requested_at timestamptz,
        UNIQUE (status_list_id, status_index)
      );
      CREATE UNIQUE INDEX certificates_one_live_per_course_idx ON certificates (holder_id, course_id)
        WHERE revoked_at IS NULL AND achievement_kind = 'course';
      CREATE INDEX certificates_org_idx ON certificates (organisation_id, issued_at);
      CREATE INDEX certificates_holder_idx ON certificates (holder_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE certificates, status_lists, signing_keys;`);
  }
}
