import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Completes course_changed for the cached catalogue pages and outlines (CourseChangeNotify sends it
 * for updates and deletes only): a course inserted straight into a published state (an import, a
 * seed, another tool) notifies with its id, and renaming an organisation or changing its country,
 * which every page and outline of its courses shows, notifies '*' (drop everything: renames are
 * rare and the courses are many).
 */
export class CatalogueChangeNotify1768267200000 implements MigrationInterface {
  name = 'CatalogueChangeNotify1768267200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TRIGGER courses_notify_inserted AFTER INSERT ON courses
        FOR EACH ROW EXECUTE FUNCTION notify_course_changed();
      CREATE FUNCTION notify_courses_of_organisation_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('course_changed', '*');
        RETURN NULL;
      END $$;
      CREATE TRIGGER organisations_notify_courses AFTER UPDATE OF name, country ON organisations
        FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.country IS DISTINCT FROM NEW.country)
        EXECUTE FUNCTION notify_courses_of_organisation_changed();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER organisations_notify_courses ON organisations;
      DROP FUNCTION notify_courses_of_organisation_changed();
      DROP TRIGGER courses_notify_inserted ON courses;
    `);
  }
}
