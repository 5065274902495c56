import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploaded files: bytes live in the storage driver under `storage_key`; this row holds what the
 * content really is (sniffed), who owns it, and what it is for. Files are immutable: a new upload
 * is a new row, so a duplicated course can share its originals' files safely.
 */
export class StoredFiles1767484800000 implements MigrationInterface {
  name = 'StoredFiles1767484800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stored_files (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        course_id uuid REFERENCES courses(id) ON DELETE SET NULL,
        purpose text NOT NULL CHECK (purpose IN
          ('course-cover', 'lesson-image', 'lesson-video', 'lesson-captions', 'lesson-file')),
        storage_key text NOT NULL UNIQUE,
        original_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
        sha256 text NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX stored_files_course_idx ON stored_files (course_id);

      ALTER TABLE courses ADD COLUMN cover_file_id uuid REFERENCES stored_files(id);
      ALTER TABLE lessons
        ADD COLUMN video_file_id uuid REFERENCES stored_files(id),
        ADD COLUMN captions_file_id uuid REFERENCES stored_files(id),
        ADD COLUMN file_id uuid REFERENCES stored_files(id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE lessons DROP COLUMN file_id, DROP COLUMN captions_file_id, DROP COLUMN video_file_id;
      ALTER TABLE courses DROP COLUMN cover_file_id;
      DROP TABLE stored_files;
    `);
  }
}
