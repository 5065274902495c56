import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every statement that changes what a closed round's results show sends NOTIFY assessment_changed
 * at commit: a round opened, closed or removed (its school's earlier rounds and every school's peer
 * median move), a closing summary written, a framework version changed, an organisation renamed.
 * Each api replica listens and drops its cached results whole (see AssessmentResultsService):
 * rounds close far less often than managers read them. Responses are left out on purpose: they go
 * only into open rounds, whose results are never shown or cached.
 */
export class AssessmentChangeNotify1768267400000 implements MigrationInterface {
  name = 'AssessmentChangeNotify1768267400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notify_assessment_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('assessment_changed', '*');
        RETURN NULL;
      END $$;
      CREATE TRIGGER assessment_rounds_notify_changed
        AFTER INSERT OR UPDATE OR DELETE ON assessment_rounds
        FOR EACH STATEMENT EXECUTE FUNCTION notify_assessment_changed();
      CREATE TRIGGER assessment_round_area_scores_notify_changed
        AFTER INSERT OR UPDATE OR DELETE ON assessment_round_area_scores
        FOR EACH STATEMENT EXECUTE FUNCTION notify_assessment_changed();
      CREATE TRIGGER assessment_framework_versions_notify_changed
        AFTER UPDATE OR DELETE ON assessment_framework_versions
        FOR EACH STATEMENT EXECUTE FUNCTION notify_assessment_changed();
      CREATE TRIGGER organisations_notify_assessment_changed AFTER UPDATE OF name ON organisations
        FOR EACH STATEMENT EXECUTE FUNCTION notify_assessment_changed();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER organisations_notify_assessment_changed ON organisations;
      DROP TRIGGER assessment_framework_versions_notify_changed ON assessment_framework_versions;
      DROP TRIGGER assessment_round_area_scores_notify_changed ON assessment_round_area_scores;
      DROP TRIGGER assessment_rounds_notify_changed ON assessment_rounds;
      DROP FUNCTION notify_assessment_changed();
    `);
  }
}
