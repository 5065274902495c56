import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every commit that changes what an authenticated request's actor is made of sends NOTIFY
 * actor_changed with the user's id: a user's profile, active flag, admin flag, password version
 * (credentials_version) or e-mail verification, the user's removal (erasure), and any membership
 * of theirs added, changed or removed (an organisation's deletion reaches them through the cascade
 * to memberships). Each api replica listens and drops the user's cached actor, so deactivation, a
 * role change or a password change bites at once on every replica.
 *
 * Per row, with the user's id, so one person's change costs no one else a reload. Organisations
 * need no trigger: the actor holds organisation ids and roles, never their names (which the
 * session and /me read fresh).
 */
export class ActorChangeNotify1768267000000 implements MigrationInterface {
  name = 'ActorChangeNotify1768267000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notify_actor_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'users' THEN
          PERFORM pg_notify('actor_changed', (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END)::text);
        ELSE
          -- A membership: its user, before and after (an update could move it to another user).
          IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('actor_changed', OLD.user_id::text); END IF;
          IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('actor_changed', NEW.user_id::text); END IF;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER users_notify_actor_changed
        AFTER UPDATE OF email, name, locale, time_zone, active, is_platform_admin, email_verified_at,
                        credentials_version ON users
        FOR EACH ROW
        WHEN ((OLD.email, OLD.name, OLD.locale, OLD.time_zone, OLD.active, OLD.is_platform_admin,
               OLD.email_verified_at, OLD.credentials_version)
              IS DISTINCT FROM
              (NEW.email, NEW.name, NEW.locale, NEW.time_zone, NEW.active, NEW.is_platform_admin,
               NEW.email_verified_at, NEW.credentials_version))
        EXECUTE FUNCTION notify_actor_changed();
      CREATE TRIGGER users_notify_actor_deleted AFTER DELETE ON users
        FOR EACH ROW EXECUTE FUNCTION notify_actor_changed();
      CREATE TRIGGER memberships_notify_actor_changed AFTER INSERT OR UPDATE OR DELETE ON memberships
        FOR EACH ROW EXECUTE FUNCTION notify_actor_changed();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER memberships_notify_actor_changed ON memberships;
      DROP TRIGGER users_notify_actor_deleted ON users;
      DROP TRIGGER users_notify_actor_changed ON users;
      DROP FUNCTION notify_actor_changed();
    `);
  }
}
