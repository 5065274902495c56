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

/** A row of the report query: the figures of the counted mobilities, and of all of them. */
interface FigureRow {
  dim: 'year' | 'project' | 'country' | 'type' | 'status' | 'total' | 'participants';
  key: string | null;
  mobilities: number;
  days: number;
  minutes: number;
  all_mobilities: number;
  all_days: number;
  all_minutes: number;
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
    const counted = query.status === 'cancelled' ? 'true' : `mo.status <> 'cancelled'`;
    // One pass over the organisation's rows, each carrying its duration_days and logged_minutes
    // (migration 1768180500000-MobilityReportTotals); every breakdown is a grouping set of it.
    const year = 'extract(year FROM mo.start_date)';
    const rows: FigureRow[] = await this.ds.query(
      `SELECT CASE
                WHEN GROUPING(${year}) = 0 THEN 'year'
                WHEN GROUPING(mo.project_number) = 0 THEN 'project'
                WHEN GROUPING(mo.host_country) = 0 THEN 'country'
                WHEN GROUPING(mo.activity_type) = 0 THEN 'type'
                WHEN GROUPING(mo.status) = 0 THEN 'status'
                ELSE 'total'
              END AS dim,
              COALESCE(${year}::int::text, mo.project_number, mo.host_country, mo.activity_type, mo.status) AS key,
              count(*) FILTER (WHERE ${counted})::int AS mobilities,
              COALESCE(sum(mo.duration_days) FILTER (WHERE ${counted}), 0)::int AS days,
              COALESCE(sum(mo.logged_minutes) FILTER (WHERE ${counted}), 0)::int AS minutes,
              count(*)::int AS all_mobilities, COALESCE(sum(mo.duration_days), 0)::int AS all_days,
              COALESCE(sum(mo.logged_minutes), 0)::int AS all_minutes
       FROM mobilities mo
       WHERE ${where}
       GROUP BY GROUPING SETS ((${year}), (mo.project_number), (mo.host_country), (mo.activity_type), (mo.status), ())
       UNION ALL
       SELECT 'participants', NULL, count(DISTINCT mo.participant_id)::int, 0, 0, 0, 0, 0
       FROM mobilities mo
       WHERE ${where} AND ${counted}`,
      params,
    );
    // Status rows count every mobility; the other breakdowns only the counted ones, leaving out a
    // group that had nothing else (a country only cancelled mobilities went to).
    const of = (dim: FigureRow['dim']) =>
      rows
        .filter((r) => r.dim === dim && (dim === 'status' || r.mobilities > 0))
        .map((r): MobilityReportRow => ({ key: r.key ?? '', ...(dim === 'status' ? all(r) : figures(r)) }));
    const total = rows.find((r) => r.dim === 'total');
    const participants = rows.find((r) => r.dim === 'participants')?.mobilities ?? 0;
    const byKey = (a: MobilityReportRow, b: MobilityReportRow) => a.key.localeCompare(b.key);
    const inOrder = (order: readonly string[]) => (a: MobilityReportRow, b: MobilityReportRow) =>
      order.indexOf(a.key) - order.indexOf(b.key);
    return {
      totals: { ...(total ? figures(total) : { mobilities: 0, days: 0, hours: 0 }), participants },
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
  return { mobilities: r.mobilities, days: r.days, hours: r.minutes / 60 };
}

function all(r: FigureRow): MobilityReportFigures {
  return { mobilities: r.all_mobilities, days: r.all_days, hours: r.all_minutes / 60 };
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
