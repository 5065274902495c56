import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change to a course row (its own edits, and module or lesson edits through touch_course)
 * sends NOTIFY course_changed with the course id at commit. Each api replica listens and drops its
 * cached outline, so a cached read needs no database round trip and an edit shows at once.
 */
export class CourseChangeNotify1767571200000 implements MigrationInterface {
  name = 'CourseChangeNotify1767571200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notify_course_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('course_changed', (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END)::text);
        RETURN NULL;
      END $$;
      CREATE TRIGGER courses_notify_changed AFTER UPDATE OR DELETE ON courses
        FOR EACH ROW EXECUTE FUNCTION notify_course_changed();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER courses_notify_changed ON courses;
      DROP FUNCTION notify_course_changed();
    `);
  }
}
