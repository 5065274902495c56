import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every statement that changes resources, their versions or an organisation's name (shown as a
 * resource's author) sends NOTIFY resource_changed at commit. Each api replica listens and drops
 * its cached library searches, as the catalogue does with course_changed. Per statement, not per
 * row: a search cache is dropped whole, so one notice per change is enough.
 */
export class ResourceChangeNotify1768266600000 implements MigrationInterface {
  name = 'ResourceChangeNotify1768266600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notify_resource_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('resource_changed', '*');
        RETURN NULL;
      END $$;
      CREATE TRIGGER resources_notify_changed AFTER INSERT OR UPDATE OR DELETE ON resources
        FOR EACH STATEMENT EXECUTE FUNCTION notify_resource_changed();
      CREATE TRIGGER resource_versions_notify_changed AFTER INSERT OR UPDATE OR DELETE ON resource_versions
        FOR EACH STATEMENT EXECUTE FUNCTION notify_resource_changed();
      CREATE TRIGGER organisations_notify_resource_changed AFTER UPDATE OF name, country ON organisations
        FOR EACH STATEMENT EXECUTE FUNCTION notify_resource_changed();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER organisations_notify_resource_changed ON organisations;
      DROP TRIGGER resource_versions_notify_changed ON resource_versions;
      DROP TRIGGER resources_notify_changed ON resources;
      DROP FUNCTION notify_resource_changed();
    `);
  }
}
