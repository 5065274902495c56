import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Account security (issue 9):
 * - `users.credentials_version` goes up with every password change or reset; access tokens carry
 *   the version they were issued under and stop working once it moves on.
 * - A verification token remembers the password (hash) and profile of the registration that asked
 *   for it, so the password that wins is the one whose link is clicked, never a later stranger's.
 * - `email_messages.scrubbed_at`: single-use links are removed from the parameters once the mail is
 *   sent or has finally failed; rows from before this migration are scrubbed here.
 */
export class AccountSecurity1768003260000 implements MigrationInterface {
  name = 'AccountSecurity1768003260000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users ADD COLUMN credentials_version integer NOT NULL DEFAULT 0;
      ALTER TABLE user_tokens ADD COLUMN password_hash text, ADD COLUMN profile jsonb;
      ALTER TABLE email_messages ADD COLUMN scrubbed_at timestamptz;
      UPDATE email_messages
         SET params = jsonb_set(params, '{link}', '"[removed after sending]"'), scrubbed_at = now()
       WHERE template IN ('verify-email', 'password-reset', 'invitation')
         AND status IN ('sent', 'failed')
         AND params ? 'link';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE email_messages DROP COLUMN scrubbed_at;
      ALTER TABLE user_tokens DROP COLUMN password_hash, DROP COLUMN profile;
      ALTER TABLE users DROP COLUMN credentials_version;
    `);
  }
}
