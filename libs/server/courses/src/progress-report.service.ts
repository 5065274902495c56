import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Page, ProgressQuery, ProgressRow } from '@campus/contracts';
import { csvHeader, csvWords, toCsv, type CsvFormat } from '@campus/server-csv';
import { requireOrgRole, type Actor } from '@campus/server-identity';

const CSV_MAX_ROWS = 100_000;

/** Managers' view of their members' progress, across every course they are enrolled in. */
@Injectable()
export class ProgressReportService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async list(actor: Actor, organisationId: string, q: ProgressQuery): Promise<Page<ProgressRow>> {
    requireOrgRole(actor, organisationId, ['manager']);
    const { where, params } = filters(organisationId, q);
    const [{ n }] = await this.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n ${FROM} ${where}`,
      params,
    );
    const rows = await this.ds.query<RawRow[]>(
      `${SELECT} ${FROM} ${where} ORDER BY u.name, c.title LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
      params,
    );
    return { items: rows.map(toRow), total: n, page: q.page, pageSize: q.pageSize };
  }

  /** The same rows as CSV in the reader's language and separator (see `toCsv`). */
  async csv(actor: Actor, organisationId: string, q: ProgressQuery, format: CsvFormat): Promise<string> {
    requireOrgRole(actor, organisationId, ['manager']);
    const { where, params } = filters(organisationId, q);
    const rows = await this.ds.query<RawRow[]>(
      `${SELECT} ${FROM} ${where} ORDER BY u.name, c.title LIMIT ${CSV_MAX_ROWS}`,
      params,
    );
    const words = csvWords(format.locale);
    const header = csvHeader(format.locale, [
      'name',
      'email',
      'course',
      'status',
      'progressPercent',
      'enrolledAt',
      'lastActivityAt',
      'completedAt',
    ]);
    const lines = rows
      .map(toRow)
      .map((r) => [
        r.name,
        r.email,
        r.courseTitle,
        words[r.status],
        r.progressPercent,
        r.enrolledAt,
        r.lastActivityAt,
        r.completedAt,
      ]);
    return toCsv([header, ...lines], format);
  }
}

const SELECT = `SELECT e.id AS "enrolmentId", u.id AS "userId", u.name, u.email, c.id AS "courseId", c.title AS "courseTitle",
  e.completed_at AS "completedAt", e.progress_percent AS "progressPercent", e.created_at AS "enrolledAt",
  e.last_activity_at AS "lastActivityAt"`;
const FROM = `FROM enrolments e
  JOIN memberships m ON m.user_id = e.user_id AND m.organisation_id = $1
  JOIN users u ON u.id = e.user_id
  JOIN courses c ON c.id = e.course_id`;

function filters(organisationId: string, q: ProgressQuery): { where: string; params: unknown[] } {
  const params: unknown[] = [organisationId];
  const clauses: string[] = [];
  if (q.courseId) clauses.push(`e.course_id = $${params.push(q.courseId)}`);
  if (q.userId) clauses.push(`e.user_id = $${params.push(q.userId)}`);
  if (q.status === 'completed') clauses.push('e.completed_at IS NOT NULL');
  if (q.status === 'in_progress') clauses.push('e.completed_at IS NULL AND e.last_activity_at IS NOT NULL');
  if (q.status === 'not_started') clauses.push('e.completed_at IS NULL AND e.last_activity_at IS NULL');
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

interface RawRow extends Omit<ProgressRow, 'status' | 'enrolledAt' | 'lastActivityAt' | 'completedAt'> {
  enrolledAt: Date;
  lastActivityAt: Date | null;
  completedAt: Date | null;
}

function toRow(r: RawRow): ProgressRow {
  return {
    ...r,
    status: r.completedAt ? 'completed' : r.lastActivityAt ? 'in_progress' : 'not_started',
    enrolledAt: r.enrolledAt.toISOString(),
    lastActivityAt: r.lastActivityAt?.toISOString() ?? null,
    completedAt: r.completedAt?.toISOString() ?? null,
  };
}
