import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ZIPs of certificates too large to stream in one request: the `reports` worker builds them into
 * file storage, counting progress here, and they expire after a retention period.
 *
 * Status lists get a secret of their own: the index of the n-th certificate in a list is a keyed
 * permutation of n, so a certificate's position in the public list says nothing about when it was
 * issued or who holds its neighbours. Lists made before this keep their sequential indexes and
 * take no new ones (marked full).
 */
export class CertificateExports1767830400000 implements MigrationInterface {
  name = 'CertificateExports1767830400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE certificate_exports (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        requested_by uuid REFERENCES users(id) ON DELETE SET NULL,
        -- The list filters (course, person, date range) as the manager chose them.
        filters jsonb NOT NULL,
        status text NOT NULL DEFAULT 'queued'
          CHECK (status IN ('queued', 'running', 'ready', 'failed', 'expired')),
        total integer NOT NULL DEFAULT 0 CHECK (total >= 0),
        done integer NOT NULL DEFAULT 0 CHECK (done >= 0),
        storage_key text,
        size_bytes bigint,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        expires_at timestamptz
      );
      CREATE INDEX certificate_exports_org_idx ON certificate_exports (organisation_id, created_at DESC);
      CREATE INDEX certificate_exports_expiry_idx ON certificate_exports (expires_at) WHERE status = 'ready';

      ALTER TABLE status_lists ADD COLUMN index_key bytea;
      UPDATE status_lists SET next_index = length;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE status_lists DROP COLUMN index_key;
      DROP TABLE certificate_exports;
    `);
  }
}
