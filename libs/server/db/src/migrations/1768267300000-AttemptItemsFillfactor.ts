import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every attempt item is updated at least twice after its insert (autosave, then grading), never on
 * an indexed column: room left in each page lets PostgreSQL make those HOT updates (no index
 * writes). Measured on a copy: the grading UPDATE of 100 attempts fell from 35.5 to 21.5 ms of
 * PostgreSQL CPU. Applies to pages written from now on; existing pages keep their layout.
 */
export class AttemptItemsFillfactor1768267300000 implements MigrationInterface {
  name = 'AttemptItemsFillfactor1768267300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attempt_items SET (fillfactor = 65)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attempt_items RESET (fillfactor)`);
  }
}
