import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Identity, organisations, the outbox, e-mail and audit tables. Never edit after release. */
export class Foundation1767225600000 implements MigrationInterface {
  name = 'Foundation1767225600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        city text NOT NULL,
        kind text NOT NULL DEFAULT 'vet_school',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX organisations_name_country_key ON organisations (lower(name), country);

      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        locale text NOT NULL DEFAULT 'en',
        time_zone text NOT NULL DEFAULT 'Europe/Brussels',
        password_hash text,
        active boolean NOT NULL DEFAULT true,
        is_platform_admin boolean NOT NULL DEFAULT false,
        email_verified_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX users_email_key ON users (lower(email));

      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('learner', 'trainer', 'manager')),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (user_id, organisation_id)
      );
      CREATE INDEX memberships_organisation_idx ON memberships (organisation_id);

      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
      CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);

      CREATE TABLE user_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('verify_email', 'password_reset')),
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX user_tokens_user_idx ON user_tokens (user_id, purpose);

      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        email text NOT NULL,
        role text NOT NULL CHECK (role IN ('learner', 'trainer', 'manager')),
        name text,
        token_hash text NOT NULL UNIQUE,
        invited_by uuid REFERENCES users(id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX invitations_organisation_idx ON invitations (organisation_id, created_at DESC);

      CREATE TABLE outbox_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        job text NOT NULL,
        payload jsonb NOT NULL,
        job_id text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        available_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      );
      CREATE INDEX outbox_events_pending_idx ON outbox_events (available_at) WHERE status = 'pending';

      CREATE TABLE email_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        template text NOT NULL,
        locale text NOT NULL,
        to_address text NOT NULL,
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        params jsonb NOT NULL DEFAULT '{}',
        subject text,
        status text NOT NULL DEFAULT 'queued'
          CHECK (status IN ('queued', 'sending', 'retrying', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        locked_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      );
      CREATE INDEX email_messages_status_idx ON email_messages (status, created_at DESC);

      CREATE TABLE captured_emails (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        from_address text NOT NULL,
        to_addresses text[] NOT NULL,
        subject text NOT NULL,
        text text NOT NULL,
        html text,
        received_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX captured_emails_received_idx ON captured_emails (received_at DESC);

      CREATE TABLE audit_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        at timestamptz NOT NULL DEFAULT now(),
        action text NOT NULL,
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        organisation_id uuid REFERENCES organisations(id) ON DELETE SET NULL,
        target_type text,
        target_id text,
        ip text,
        details jsonb NOT NULL DEFAULT '{}'
      );
      CREATE INDEX audit_events_at_idx ON audit_events (at DESC);
      CREATE INDEX audit_events_action_idx ON audit_events (action, at DESC);

      CREATE TABLE platform_settings (
        key text PRIMARY KEY,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      INSERT INTO platform_settings (key, value) VALUES ('registrationEnabled', 'true');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE platform_settings, audit_events, captured_emails, email_messages, outbox_events,
        invitations, user_tokens, refresh_tokens, memberships, users, organisations;
    `);
  }
}
