import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each mobility carries the two figures a manager's report sums, so a report over thousands of
 * mobilities is one pass over their rows (issue 10 benchmark: 2,000 mobilities in one school, 10
 * log entries each, p95 < 100 ms at 20 clients), instead of a sub-query per mobility:
 * - `duration_days`, generated: activity days minus interruptions, as `durationDays` in
 *   libs/server/mobility/src/mobility-rules.ts computes them (interruptions merged, clipped to the
 *   activity; a range ending before it starts counts nothing). Travel days are not counted.
 * - `logged_minutes`, kept by a trigger on log_entries: the sum of its entries' minutes, whatever
 *   writes them (insert, upsert, delete, a cascade).
 * Nothing else writes these columns; the entity does not map them.
 */
export class MobilityReportTotals1768180500000 implements MigrationInterface {
  name = 'MobilityReportTotals1768180500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION mobility_duration_days(start_date date, end_date date, interruptions jsonb)
      RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN end_date < start_date THEN 0 ELSE (end_date - start_date + 1) - COALESCE((
          SELECT sum(upper(r) - lower(r))
          FROM unnest(
            (SELECT range_agg(daterange((i->>'from')::date, (i->>'to')::date, '[]'))
             FROM jsonb_array_elements(interruptions) i
             WHERE (i->>'to')::date >= (i->>'from')::date)
            * datemultirange(daterange(start_date, end_date, '[]'))
          ) r
        ), 0)::integer END
      $$;
      ALTER TABLE mobilities ADD COLUMN duration_days integer
        GENERATED ALWAYS AS (mobility_duration_days(start_date, end_date, interruptions)) STORED;

      ALTER TABLE mobilities ADD COLUMN logged_minutes integer NOT NULL DEFAULT 0;
      -- Every log entry written updates its mobility's row: room on each page keeps those updates
      -- on the same page (HOT), without touching the indexes.
      ALTER TABLE mobilities SET (fillfactor = 85);
      UPDATE mobilities mo SET logged_minutes = s.minutes
        FROM (SELECT mobility_id, sum(minutes) AS minutes FROM log_entries GROUP BY mobility_id) s
        WHERE s.mobility_id = mo.id;

      CREATE FUNCTION log_entries_logged_minutes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE mobilities SET logged_minutes = logged_minutes - OLD.minutes WHERE id = OLD.mobility_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          UPDATE mobilities SET logged_minutes = logged_minutes + NEW.minutes WHERE id = NEW.mobility_id;
        END IF;
        RETURN NULL;
      END
      $$;
      CREATE TRIGGER log_entries_logged_minutes
        AFTER INSERT OR DELETE OR UPDATE OF minutes, mobility_id ON log_entries
        FOR EACH ROW EXECUTE FUNCTION log_entries_logged_minutes();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER log_entries_logged_minutes ON log_entries;
      DROP FUNCTION log_entries_logged_minutes();
      ALTER TABLE mobilities RESET (fillfactor);
      ALTER TABLE mobilities DROP COLUMN logged_minutes, DROP COLUMN duration_days;
      DROP FUNCTION mobility_duration_days(date, date, jsonb);
    `);
  }
}
