import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Any change to a course's modules or lessons bumps courses.updated_at in the same transaction.
 * updated_at is the version the api's outline caches compare, so no code path can forget it.
 */
export class CourseVersionTrigger1767398400000 implements MigrationInterface {
  name = 'CourseVersionTrigger1767398400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION touch_course() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE courses SET updated_at = clock_timestamp()
         WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.course_id ELSE NEW.course_id END;
        RETURN NULL;
      END $$;
      CREATE TRIGGER course_modules_touch_course AFTER INSERT OR UPDATE OR DELETE ON course_modules
        FOR EACH ROW EXECUTE FUNCTION touch_course();
      CREATE TRIGGER lessons_touch_course AFTER INSERT OR UPDATE OR DELETE ON lessons
        FOR EACH ROW EXECUTE FUNCTION touch_course();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER lessons_touch_course ON lessons;
      DROP TRIGGER course_modules_touch_course ON course_modules;
      DROP FUNCTION touch_course();
    `);
  }
}
