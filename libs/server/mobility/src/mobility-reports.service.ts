import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  MOBILITY_ACTIVITY_TYPES,
  MOBILITY_STATUSES,
  type MobilityReport,
  type MobilityReportFigures,
  type MobilityReportQuery,
  type MobilityReportRow,
} from '@campus/contracts';
import { toCsv, type CsvFormat } from '@campus/server-csv';
import { requireOrgRole, type Actor } from '@campus/server-identity';
import { bmHeader, bmRow, type BmSourceRow } from './beneficiary-module-csv';

/** Rows fetched per round trip while streaming the CSV: memory stays flat whatever the count. */
const CSV_BATCH = 500;

/**
 * Activity days of `mo` minus its interruptions, as `durationDays` in mobility-rules.ts computes
 * them, in SQL so a report over thousands of mobilities reads no rows into Node: interruptions are
 * merged (range_agg), clipped to the activity (`*`) and their days subtracted. Ranges whose end
 * precedes their start count nothing, as in the rule. Most mobilities have no interruption and
 * skip the sub-queries.
 */
const DURATION_DAYS_SQL = `(
  (mo.end_date - mo.start_date + 1) - CASE WHEN mo.interruptions = '[]'::jsonb THEN 0 ELSE COALESCE((
    SELECT sum(upper(r) - lower(r))
    FROM unnest(
      (SELECT range_agg(daterange((i->>'from')::date, (i->>'to')::date, '[]'))
       FROM jsonb_array_elements(mo.interruptions) i
       WHERE (i->>'to')::date >= (i->>'from')::date)
      * datemultirange(daterange(mo.start_date, mo.end_date, '[]'))
    ) r
  ), 0) END
)::int`;

type Dimension = 'year' | 'project' | 'country' | 'type';

interface FigureRow {
  dim: Dimension | 'status' | 'total';
  key: string | null;
  mobilities: number;
  participants: number;
  days: number;
  minutes: number;
}

/**
 * A manager's reports on the organisation's mobilities: totals and breakdowns, and the Erasmus+
 * Beneficiary Module CSV, streamed. Both are scoped to the organisation in SQL, with the same
 * filters.
 *
 * Cancelled mobilities did not take place: they are left out of the totals and of the year,
 * project, country and activity type breakdowns (which therefore add up to the totals), and
 * appear only in the status breakdown, so the manager still sees how many there were. A status
 * filter of `cancelled` asks for them explicitly, and then they are counted everywhere. The CSV
 * lists every mobility the filters select, cancelled ones included with their status, since the
 * Beneficiary Module keeps cancelled mobilities too.
 */
@Injectable()
export class MobilityReportsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async report(actor: Actor, organisationId: string, query: MobilityReportQuery): Promise<MobilityReport> {
    requireOrgRole(actor, organisationId, ['manager']);
    const { where, params } = filterSql(organisationId, query);
    const counted = query.status === 'cancelled' ? 'true' : `status <> 'cancelled'`;
    const rows: FigureRow[] = await this.ds.query(
      `WITH m AS (
         SELECT mo.participant_id, mo.status, mo.project_number, mo.host_country, mo.activity_type,
                extract(year FROM mo.start_date)::int::text AS year,
                -- An index-only scan of log_entries_mobility_minutes_idx per mobility.
                ${DURATION_DAYS_SQL} AS days,
                COALESCE((SELECT sum(le.minutes) FROM log_entries le WHERE le.mobility_id = mo.id), 0)::int AS minutes
         FROM mobilities mo
         WHERE ${where}
       )
       SELECT CASE
                WHEN GROUPING(year) = 0 THEN 'year'
                WHEN GROUPING(project_number) = 0 THEN 'project'
                WHEN GROUPING(host_country) = 0 THEN 'country'
                WHEN GROUPING(activity_type) = 0 THEN 'type'
                ELSE 'total'
              END AS dim,
              COALESCE(year, project_number, host_country, activity_type) AS key,
              count(*)::int AS mobilities, count(DISTINCT participant_id)::int AS participants,
              COALESCE(sum(days), 0)::int AS days, COALESCE(sum(minutes), 0)::int AS minutes
       FROM m WHERE ${counted}
       GROUP BY GROUPING SETS ((year), (project_number), (host_country), (activity_type), ())
       UNION ALL
       SELECT 'status', status, count(*)::int, count(DISTINCT participant_id)::int,
              COALESCE(sum(days), 0)::int, COALESCE(sum(minutes), 0)::int
       FROM m GROUP BY status`,
      params,
    );
    const of = (dim: FigureRow['dim']) =>
      rows.filter((r) => r.dim === dim).map((r): MobilityReportRow => ({ key: r.key ?? '', ...figures(r) }));
    const total = rows.find((r) => r.dim === 'total');
    const byKey = (a: MobilityReportRow, b: MobilityReportRow) => a.key.localeCompare(b.key);
    const inOrder = (order: readonly string[]) => (a: MobilityReportRow, b: MobilityReportRow) =>
      order.indexOf(a.key) - order.indexOf(b.key);
    return {
      totals: total ? figures(total) : { mobilities: 0, participants: 0, days: 0, hours: 0 },
      byYear: of('year').sort(byKey),
      byProject: of('project').sort(byKey),
      // Most visited first: the order of the destinations chart.
      byCountry: of('country').sort((a, b) => b.mobilities - a.mobilities || byKey(a, b)),
      byActivityType: of('type').sort(inOrder(MOBILITY_ACTIVITY_TYPES)),
      byStatus: of('status').sort(inOrder(MOBILITY_STATUSES)),
    };
  }

  /**
   * The Beneficiary Module CSV of the mobilities the filters select, by start date. Access is
   * checked before the stream is handed out (a refusal is a normal problem+json answer); rows are
   * then read in batches by keyset as the client consumes them, so only one batch is in memory.
   */
  beneficiaryModuleCsv(
    actor: Actor,
    organisationId: string,
    query: MobilityReportQuery,
    format: CsvFormat,
  ): Readable {
    requireOrgRole(actor, organisationId, ['manager']);
    return Readable.from(this.csvChunks(organisationId, query, format), { objectMode: false });
  }

  private async *csvChunks(
    organisationId: string,
    query: MobilityReportQuery,
    format: CsvFormat,
  ): AsyncGenerator<string> {
    const { where, params } = filterSql(organisationId, query);
    // toCsv starts every piece with a byte-order mark: only the first keeps it.
    yield toCsv([bmHeader(format.locale)], format);
    let after: { start: string; id: string } | null = null;
    for (;;) {
      const keyset = after
        ? `AND (mo.start_date, mo.id) > ($${params.length + 1}::date, $${params.length + 2}::uuid)`
        : '';
      const rows: BmSourceRow[] = await this.ds.query(
        `SELECT mo.id, mo.mobility_code, mo.activity_type, u.name AS participant_name,
                u.email AS participant_email, o.name AS sending_name, o.country AS sending_country,
                mo.host_name, mo.host_oid, mo.host_country, mo.host_city,
                mo.start_date::text AS start_date, mo.end_date::text AS end_date, mo.interruptions,
                mo.travel_days_before, mo.travel_days_after, mo.distance_band, mo.green_travel,
                mo.transport, mo.project_number, mo.status
         FROM mobilities mo
         JOIN users u ON u.id = mo.participant_id
         JOIN organisations o ON o.id = mo.organisation_id
         WHERE ${where} ${keyset}
         ORDER BY mo.start_date, mo.id
         LIMIT ${CSV_BATCH}`,
        after ? [...params, after.start, after.id] : params,
      );
      if (rows.length === 0) return;
      yield toCsv(
        rows.map((r) => bmRow(r, format.locale)),
        format,
      ).slice(1);
      if (rows.length < CSV_BATCH) return;
      const last = rows[rows.length - 1];
      after = { start: last.start_date, id: last.id };
    }
  }
}

function figures(r: FigureRow): MobilityReportFigures {
  return { mobilities: r.mobilities, participants: r.participants, days: r.days, hours: r.minutes / 60 };
}

/** The organisation and the filters as a WHERE clause on `mobilities mo`, with its parameters. */
function filterSql(organisationId: string, q: MobilityReportQuery): { where: string; params: unknown[] } {
  const params: unknown[] = [organisationId];
  const clauses = ['mo.organisation_id = $1'];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    clauses.push(sql(`$${params.length}`));
  };
  if (q.year !== undefined) {
    add(
      (n) => `mo.start_date >= make_date(${n}::int, 1, 1) AND mo.start_date < make_date(${n}::int + 1, 1, 1)`,
      q.year,
    );
  }
  if (q.projectNumber !== undefined) add((n) => `mo.project_number = ${n}`, q.projectNumber);
  if (q.country !== undefined) add((n) => `mo.host_country = ${n}`, q.country);
  if (q.activityType !== undefined) add((n) => `mo.activity_type = ${n}`, q.activityType);
  if (q.status !== undefined) add((n) => `mo.status = ${n}`, q.status);
  return { where: clauses.join(' AND '), params };
}
