import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { LogEntryMentorStatus } from '@campus/contracts';
import type { Mobility, Organisation, User } from '@campus/server-db';
import { QUEUES, type QueueMap } from '@campus/server-jobs';
import { MobilityRemindersService, mentorTokenHash } from '@campus/server-mobility';
import { renderEmail } from '@campus/server-notifications';
import {
  createPrivateTestDatabase,
  dropDatabase,
  linkIn,
  MobilityFactory,
  OrganisationFactory,
  SmtpCapture,
  UserFactory,
} from '@campus/server-testing';
import { REMINDERS_SCHEDULER_ID } from '../src/reminders.processor';
import { startWorker, waitUntil, type TestWorker } from './support';

/** Thursday 7 March 2030, 16:30 UTC: 18:30 in Helsinki, 11:30 in New York. */
const AT = new Date('2030-03-07T16:30:00Z');

async function entry(ds: DataSource, mobility: Mobility, date: string, status: LogEntryMentorStatus) {
  await ds.query(
    `INSERT INTO log_entries (id, mobility_id, entry_date, minutes, activities, mentor_status)
     VALUES ($1, $2, $3, 420, 'Shadowed the international coordinator', $4)`,
    [randomUUID(), mobility.id, date, status],
  );
}

async function agreedAgreement(ds: DataSource, mobility: Mobility) {
  await ds.query(
    `INSERT INTO learning_agreement_versions (mobility_id, version, content, agreed_at)
     VALUES ($1, 1, '{"objectives": "Learn how the host school runs its international office"}', now())`,
    [mobility.id],
  );
}

interface ExpectedMail {
  template: string;
  to: string;
  locale: string;
  /** The parameter that tells one reminder from another (date, pendingCount or startDate). */
  about: string;
}

/**
 * One sending school with mobilities in every situation the reminders tell apart, and the mails a
 * pass at AT must send for it (and nothing to anyone else it names).
 */
async function school(ds: DataSource) {
  const org: Organisation = await OrganisationFactory.create(ds);
  const member = (role: 'manager' | 'learner', attrs: Partial<User>) =>
    UserFactory.member(ds, org, role, attrs);
  const managerIt = await member('manager', { locale: 'it', name: 'Giulia Rossi' });
  const managerDe = await member('manager', { locale: 'de', name: 'Jonas Weber' });
  const deactivated = await member('manager', { locale: 'en', active: false });
  const helsinki = await member('learner', { locale: 'fi', timeZone: 'Europe/Helsinki', name: 'Aino Aho' });
  const newYork = await member('learner', { locale: 'es', timeZone: 'America/New_York', name: 'Lucía Gil' });
  const late = await member('learner', { locale: 'pt', timeZone: 'UTC', name: 'João Sousa' });
  const other = await member('learner', { locale: 'el', timeZone: 'Europe/Athens', name: 'Eleni Pappa' });
  const week = { startDate: '2030-03-04', endDate: '2030-03-08' };

  // Monday 4 (entry waiting for the mentor), Tuesday 5 interrupted, Wednesday 6 missing.
  const inHelsinki = await MobilityFactory.create(ds, org, helsinki, {
    ...week,
    status: 'in_progress',
    interruptions: [{ from: '2030-03-05', to: '2030-03-05' }],
    mentorLanguage: 'sv',
    mentorName: 'Sven Berg',
  });
  await entry(ds, inHelsinki, '2030-03-04', 'pending');
  // Monday missing (due since Tuesday evening there); Wednesday's evening has not come yet.
  const inNewYork = await MobilityFactory.create(ds, org, newYork, { ...week, status: 'agreed' });
  await entry(ds, inNewYork, '2030-03-05', 'confirmed');
  // Recorded late, nothing written since 20 February: only the last 7 days are reminded.
  await MobilityFactory.create(ds, org, late, {
    status: 'in_progress',
    startDate: '2030-02-20',
    endDate: '2030-03-08',
  });
  // Cancelled or validated: no reminder of any kind.
  const cancelled = await MobilityFactory.create(ds, org, other, { ...week, status: 'cancelled' });
  await entry(ds, cancelled, '2030-03-04', 'pending');
  const validated = await MobilityFactory.create(ds, org, other, { ...week, status: 'validated' });
  await entry(ds, validated, '2030-03-04', 'pending');
  // Leaving Tuesday 12 March without an agreed agreement: every manager who can receive mail.
  await MobilityFactory.create(ds, org, other, {
    status: 'draft',
    startDate: '2030-03-12',
    endDate: '2030-03-15',
  });
  // Agreed in time, or leaving later than a week from now: nothing.
  const agreed = await MobilityFactory.create(ds, org, other, {
    status: 'draft',
    startDate: '2030-03-12',
    endDate: '2030-03-15',
  });
  await agreedAgreement(ds, agreed);
  await MobilityFactory.create(ds, org, other, {
    status: 'draft',
    startDate: '2030-03-20',
    endDate: '2030-03-22',
  });

  const logbook = (to: User, date: string): ExpectedMail => ({
    template: 'logbook-reminder',
    to: to.email,
    locale: to.locale,
    about: date,
  });
  const expected: ExpectedMail[] = [
    logbook(helsinki, '2030-03-06'),
    logbook(newYork, '2030-03-04'),
    ...['2030-02-28', '2030-03-01', '2030-03-02', '2030-03-03', '2030-03-04', '2030-03-05'].map((d) =>
      logbook(late, d),
    ),
    { template: 'mentor-digest', to: inHelsinki.mentorEmail, locale: 'sv', about: '1' },
    { template: 'agreement-pending', to: managerIt.email, locale: 'it', about: '2030-03-12' },
    { template: 'agreement-pending', to: managerDe.email, locale: 'de', about: '2030-03-12' },
  ];
  const mentors: { mentor_email: string }[] = await ds.query(
    `SELECT mentor_email FROM mobilities WHERE organisation_id = $1`,
    [org.id],
  );
  const people = [managerIt, managerDe, deactivated, helsinki, newYork, late, other].map((u) => u.email);
  const recipients = [...people, ...mentors.map((m) => m.mentor_email)];
  return { expected: sortMails(expected), recipients, inHelsinki, helsinki, newYork, late, managerDe };
}

function sortMails(mails: ExpectedMail[]): ExpectedMail[] {
  return [...mails].sort((a, b) =>
    `${a.template} ${a.to} ${a.about}`.localeCompare(`${b.template} ${b.to} ${b.about}`),
  );
}

/** The e-mails queued to these addresses, as the expectation states them. */
async function mailsTo(ds: DataSource, recipients: string[]): Promise<ExpectedMail[]> {
  const rows: { template: string; to_address: string; locale: string; params: Record<string, unknown> }[] =
    await ds.query(
      `SELECT template, to_address, locale, params FROM email_messages WHERE to_address = ANY($1)`,
      [recipients],
    );
  return sortMails(
    rows.map((r) => ({
      template: r.template,
      to: r.to_address,
      locale: r.locale,
      about: String(r.params['date'] ?? r.params['pendingCount'] ?? r.params['startDate']),
    })),
  );
}

describe('mobility reminders: each occasion once, in the recipient language', () => {
  const smtp = new SmtpCapture();
  let databaseUrl: string;
  let w: TestWorker;
  let reminders: MobilityRemindersService;

  beforeAll(async () => {
    // A database of its own: the workers of other files would relay this file's mails (and this
    // file's passes would remind their mobilities).
    databaseUrl = await createPrivateTestDatabase();
    await smtp.listen();
    w = await startWorker({ DATABASE_URL: databaseUrl, SMTP_URL: smtp.url });
    reminders = w.ctx.get(MobilityRemindersService);
  });
  afterAll(async () => {
    await w.close();
    await smtp.close();
    await dropDatabase(databaseUrl);
  });

  it('sends exactly the mails due at a given time, and none more when the pass runs again', async () => {
    const s = await school(w.ds);
    expect(s.expected).toHaveLength(11);

    await reminders.run(AT);
    expect(await mailsTo(w.ds, s.recipients)).toEqual(s.expected);

    expect(await reminders.run(AT)).toEqual({ sent: 0 });
    expect(await mailsTo(w.ds, s.recipients)).toEqual(s.expected);

    // At 23:30 UTC it is evening in New York too (18:30): Wednesday is due there and in UTC, not
    // yet in Helsinki (01:30 on Friday); the mentor gets no second digest the same UTC day.
    expect(await reminders.run(new Date('2030-03-07T23:30:00Z'))).toEqual({ sent: 2 });
    expect(await mailsTo(w.ds, s.recipients)).toEqual(
      sortMails([
        ...s.expected,
        { template: 'logbook-reminder', to: s.newYork.email, locale: 'es', about: '2030-03-06' },
        { template: 'logbook-reminder', to: s.late.email, locale: 'pt', about: '2030-03-06' },
      ]),
    );
  });

  it('sends each mail once when two workers run the same pass at the same time', async () => {
    const s = await school(w.ds);
    const second = await startWorker({ DATABASE_URL: databaseUrl, SMTP_URL: smtp.url });
    try {
      const other = second.ctx.get(MobilityRemindersService);
      const passes = await Promise.all([reminders.run(AT), other.run(AT), reminders.run(AT), other.run(AT)]);
      expect(passes.reduce((n, p) => n + p.sent, 0)).toBe(11);
    } finally {
      await second.close();
    }
    expect(await mailsTo(w.ds, s.recipients)).toEqual(s.expected);
    // The digest's mentor link was issued by the pass that sent it, and only by that one.
    const [{ links }] = await w.ds.query(
      `SELECT count(*)::int AS links FROM mentor_links WHERE mobility_id = $1`,
      [s.inHelsinki.id],
    );
    expect(links).toBe(1);
  });

  it('runs a pass through the real BullMQ worker: the mails reach the mail server in each language', async () => {
    const queues = w.ctx.get<symbol, QueueMap>(QUEUES);
    const scheduler = await queues.get('reminders')!.getJobScheduler(REMINDERS_SCHEDULER_ID);
    expect(scheduler).toMatchObject({ name: 'run-reminders', every: 15 * 60_000 });

    const s = await school(w.ds);
    // A pass a day later: Thursday is missing in Helsinki, and the entry still waits for the mentor.
    await queues.enqueue('runReminders', { at: '2030-03-08T17:00:00Z' });

    const reminder = await smtp.waitFor(s.helsinki.email, 15_000, (m) => m.text.includes('2030-03-07'));
    const link = `http://campus.test/my-mobilities/${s.inHelsinki.id}/logbook`;
    expect(reminder.subject).toBe(
      renderEmail('logbook-reminder', 'fi', { name: 'Aino Aho', date: '2030-03-07', link }).subject,
    );
    expect(reminder.text).toContain(link);

    const digest = await smtp.waitFor(s.inHelsinki.mentorEmail);
    expect(digest.subject).toBe(
      renderEmail('mentor-digest', 'sv', {
        mentorName: 'Sven Berg',
        participantName: 'Aino Aho',
        pendingCount: 1,
        link: '',
      }).subject,
    );
    // The link opens this mobility's mentor pages: its token's hash is a link of this mobility,
    // and the token is nowhere in the database once the mail is sent.
    const token = new URLSearchParams(linkIn(digest, '/mentor').hash.slice(1)).get('token')!;
    const [row] = await w.ds.query(`SELECT mobility_id FROM mentor_links WHERE token_hash = $1`, [
      mentorTokenHash(token),
    ]);
    expect(row).toEqual({ mobility_id: s.inHelsinki.id });
    const params = await waitUntil('digest scrubbed', async () => {
      const [m] = await w.ds.query(
        `SELECT params FROM email_messages WHERE to_address = $1 AND status = 'sent'`,
        [s.inHelsinki.mentorEmail],
      );
      return m?.params as Record<string, unknown> | undefined;
    });
    expect(JSON.stringify(params)).not.toContain(token);

    const pending = await smtp.waitFor(s.managerDe.email);
    expect(pending.subject).toBe(
      renderEmail('agreement-pending', 'de', {
        name: 'Jonas Weber',
        participantName: 'Eleni Pappa',
        startDate: '2030-03-12',
        link: '',
      }).subject,
    );
    expect(pending.text).toContain(`http://campus.test/orgs/${s.inHelsinki.organisationId}/mobilities/`);
  });
});
