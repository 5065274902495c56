import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Email, notFound, type ManagerEnrolResult } from '@campus/contracts';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { Course, Enrolment, Organisation } from '@campus/server-db';
import { AuditService } from '@campus/server-audit';
import { EmailOutbox } from '@campus/server-notifications';
import { requireOrgRole, type Actor } from '@campus/server-identity';
import { readCsvRecords } from '@campus/server-csv';
import { assertEnrolmentOpen } from './learning.service';

/** Managers enrol and unenrol members of their own organisation; each new enrolment is e-mailed. */
@Injectable()
export class OrgEnrolmentsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    private readonly mail: EmailOutbox,
    private readonly audit: AuditService,
  ) {}

  async enrol(
    actor: Actor,
    organisationId: string,
    courseId: string,
    userIds: string[],
    ip: string,
  ): Promise<ManagerEnrolResult> {
    requireOrgRole(actor, organisationId, ['manager']);
    const target = await this.enrollableCourse(organisationId, courseId);
    const members = await this.members(organisationId, userIds);
    const rows: ManagerEnrolResult['rows'] = [];
    for (const userId of new Set(userIds)) {
      const member = members.get(userId);
      if (!member) {
        rows.push({ userId, status: 'failed', reason: 'Not a member of this organisation.' });
        continue;
      }
      rows.push({
        userId,
        email: member.email,
        ...(await this.enrolOne(actor, target, member, ip)),
      });
    }
    return summarise(rows);
  }

  /** CSV with an `email` column; each row reports what happened. */
  async enrolCsv(
    actor: Actor,
    organisationId: string,
    courseId: string,
    csv: string,
    ip: string,
  ): Promise<ManagerEnrolResult> {
    requireOrgRole(actor, organisationId, ['manager']);
    const target = await this.enrollableCourse(organisationId, courseId);
    const lines = readCsvRecords(csv, ['email']);
    const byEmail = await this.membersByEmail(organisationId);
    const rows: ManagerEnrolResult['rows'] = [];
    for (const line of lines) {
      const raw = line.get('email');
      const email = Email.safeParse(raw);
      const member = email.success ? byEmail.get(email.data) : undefined;
      if (!email.success)
        rows.push({ line: line.line, email: raw, status: 'failed', reason: 'Not a valid e-mail address.' });
      else if (!member)
        rows.push({
          line: line.line,
          email: email.data,
          status: 'failed',
          reason: 'Not a member of this organisation.',
        });
      else
        rows.push({
          line: line.line,
          email: email.data,
          userId: member.id,
          ...(await this.enrolOne(actor, target, member, ip)),
        });
    }
    return summarise(rows);
  }

  async unenrol(actor: Actor, organisationId: string, enrolmentId: string, ip: string): Promise<void> {
    requireOrgRole(actor, organisationId, ['manager']);
    const [row] = await this.ds.query<{ id: string; user_id: string; course_id: string }[]>(
      `SELECT e.id, e.user_id, e.course_id FROM enrolments e
         JOIN memberships m ON m.user_id = e.user_id AND m.organisation_id = $2
        WHERE e.id = $1`,
      [enrolmentId, organisationId],
    );
    if (!row) throw notFound('Enrolment');
    await this.ds.transaction(async (m) => {
      await m.delete(Enrolment, { id: row.id });
      await this.audit.record(
        {
          action: 'enrolment.removed',
          actorId: actor.userId,
          organisationId,
          targetType: 'enrolment',
          targetId: row.id,
          ip,
          details: { userId: row.user_id, courseId: row.course_id },
        },
        m,
      );
    });
  }

  /**
   * A course the organisation's members may be enrolled in: published, public or the
   * organisation's own, window open. Loaded once per request with the organisation's name.
   */
  private async enrollableCourse(organisationId: string, courseId: string): Promise<EnrolTarget> {
    const course = await this.ds.getRepository(Course).findOneBy({ id: courseId });
    const visible =
      course &&
      course.status === 'published' &&
      (course.visibility === 'public' || course.organisationId === organisationId);
    if (!course || !visible) throw notFound('Course');
    assertEnrolmentOpen(course, new Date());
    const org = await this.ds.getRepository(Organisation).findOneByOrFail({ id: organisationId });
    return { course, organisationId, organisationName: org.name };
  }

  private async enrolOne(
    actor: Actor,
    { course, organisationId, organisationName }: EnrolTarget,
    member: Member,
    ip: string,
  ): Promise<{ status: 'enrolled' | 'already_enrolled' }> {
    return this.ds.transaction(async (m) => {
      const inserted = await m
        .createQueryBuilder()
        .insert()
        .into(Enrolment)
        .values({ userId: member.id, courseId: course.id, source: 'manager', enrolledBy: actor.userId })
        .orIgnore()
        .returning('id')
        .execute();
      const enrolmentId = (inserted.raw as { id: string }[])[0]?.id;
      if (!enrolmentId) return { status: 'already_enrolled' as const };
      await this.mail.queue(m, {
        template: 'course-enrolled',
        to: member.email,
        locale: member.locale,
        userId: member.id,
        params: {
          name: member.name,
          courseTitle: course.title,
          organisationName,
          link: `${this.config.PUBLIC_URL}/courses/${course.slug}`,
        },
      });
      await this.audit.record(
        {
          action: 'enrolment.created',
          actorId: actor.userId,
          organisationId,
          targetType: 'enrolment',
          targetId: enrolmentId,
          ip,
          details: { userId: member.id, courseId: course.id },
        },
        m,
      );
      return { status: 'enrolled' as const };
    });
  }

  private async members(organisationId: string, userIds: string[]): Promise<Map<string, Member>> {
    const rows = await this.ds.query<Member[]>(
      `SELECT u.id, u.email, u.name, u.locale FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organisation_id = $1 AND u.id = ANY($2::uuid[]) AND u.active`,
      [organisationId, userIds],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  private async membersByEmail(organisationId: string): Promise<Map<string, Member>> {
    const rows = await this.ds.query<Member[]>(
      `SELECT u.id, lower(u.email) AS email, u.name, u.locale FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organisation_id = $1 AND u.active`,
      [organisationId],
    );
    return new Map(rows.map((r) => [r.email, r]));
  }
}

interface EnrolTarget {
  course: Course;
  organisationId: string;
  organisationName: string;
}

interface Member {
  id: string;
  email: string;
  name: string;
  locale: string;
}

function summarise(rows: ManagerEnrolResult['rows']): ManagerEnrolResult {
  const count = (s: string) => rows.filter((r) => r.status === s).length;
  return {
    enrolled: count('enrolled'),
    alreadyEnrolled: count('already_enrolled'),
    failed: count('failed'),
    rows,
  };
}
