import type { DataSource } from 'typeorm';
import type { ActionStatus } from '@campus/contracts';
import type { Organisation, User } from '@campus/server-db';
import { QUEUES, type QueueMap } from '@campus/server-jobs';
import { renderEmail } from '@campus/server-notifications';
import { RoadmapRemindersService } from '@campus/server-roadmaps';
import {
  createPrivateTestDatabase,
  dropDatabase,
  OrganisationFactory,
  SmtpCapture,
  UserFactory,
} from '@campus/server-testing';
import { startWorker, type TestWorker } from './support';

/** Thursday 7 March 2030, 16:30 UTC. */
const AT = new Date('2030-03-07T16:30:00Z');

/** A roadmap of the school with one objective; `action` adds an action to it. */
async function roadmapOf(ds: DataSource, org: Organisation) {
  const [{ id: roadmapId }] = await ds.query<{ id: string }[]>(
    `INSERT INTO roadmaps (organisation_id, title, locale) VALUES ($1, 'Plan 2030', 'en') RETURNING id`,
    [org.id],
  );
  const [{ id: objectiveId }] = await ds.query<{ id: string }[]>(
    `INSERT INTO roadmap_objectives (roadmap_id, position, title, indicator)
     VALUES ($1, 0, 'Partnerships that last', 'Active partner schools') RETURNING id`,
    [roadmapId],
  );
  return async (
    title: string,
    owner: User | null,
    dueOn: string | null,
    status: ActionStatus = 'planned',
  ) => {
    const [{ id }] = await ds.query<{ id: string }[]>(
      `INSERT INTO roadmap_actions (objective_id, roadmap_id, position, title, owner_id, due_on, status)
       VALUES ($1, $2, 0, $3, $4, $5, $6) RETURNING id`,
      [objectiveId, roadmapId, title, owner?.id ?? null, dueOn, status],
    );
    return id;
  };
}

/** The roadmap reminders queued to these addresses: [to, locale, actionTitle, dueOn], sorted. */
async function remindersTo(ds: DataSource, recipients: string[]): Promise<string[][]> {
  const rows: { to_address: string; locale: string; params: { actionTitle: string; dueOn: string } }[] =
    await ds.query(
      `SELECT to_address, locale, params FROM email_messages
        WHERE template = 'roadmap-action-due' AND to_address = ANY($1)`,
      [recipients],
    );
  return rows
    .map((r) => [r.to_address, r.locale, r.params.actionTitle, r.params.dueOn])
    .sort((a, b) => a.join(' ').localeCompare(b.join(' ')));
}

describe('roadmap reminders: owners hear of actions falling due, once per due date', () => {
  const smtp = new SmtpCapture();
  let databaseUrl: string;
  let w: TestWorker;
  let reminders: RoadmapRemindersService;

  beforeAll(async () => {
    // A database of its own: other files' workers would relay this file's mails.
    databaseUrl = await createPrivateTestDatabase();
    await smtp.listen();
    w = await startWorker({ DATABASE_URL: databaseUrl, SMTP_URL: smtp.url });
    reminders = w.ctx.get(RoadmapRemindersService);
  });
  afterAll(async () => {
    await w.close();
    await smtp.close();
    await dropDatabase(databaseUrl);
  });

  it('reminds 3 days ahead and on the day an action became overdue, never twice, and again for a new due date', async () => {
    const org = await OrganisationFactory.create(w.ds);
    const other = await OrganisationFactory.create(w.ds);
    const anna = await UserFactory.member(w.ds, org, 'learner', { locale: 'sv', name: 'Anna Lind' });
    const pekka = await UserFactory.member(w.ds, org, 'trainer', { locale: 'fi', name: 'Pekka Virta' });
    const gone = await UserFactory.member(w.ds, org, 'learner', { active: false });
    const left = await UserFactory.member(w.ds, other, 'learner');
    const action = await roadmapOf(w.ds, org);

    const inThreeDays = await action('Sign the partnership agreement', anna, '2030-03-10');
    await action('Overdue since today', pekka, '2030-03-06', 'in_progress');
    await action('Due today', anna, '2030-03-07');
    await action('Too far ahead', anna, '2030-03-11');
    await action('Long overdue', anna, '2030-03-01');
    await action('Already done', anna, '2030-03-08', 'done');
    await action('Cancelled', anna, '2030-03-08', 'cancelled');
    await action('No owner', null, '2030-03-08');
    await action('No due date', anna, null);
    await action('Deactivated owner', gone, '2030-03-08');
    await action('Owner of another school', left, '2030-03-08');
    const recipients = [anna, pekka, gone, left].map((u) => u.email);

    expect(await reminders.run(AT)).toEqual({ sent: 3 });
    const expected = [
      [anna.email, 'sv', 'Due today', '2030-03-07'],
      [anna.email, 'sv', 'Sign the partnership agreement', '2030-03-10'],
      [pekka.email, 'fi', 'Overdue since today', '2030-03-06'],
    ];
    expect(await remindersTo(w.ds, recipients)).toEqual(expected);
    const [{ occasions }] = await w.ds.query<{ occasions: string[] }[]>(
      `SELECT array_agg(occasion) AS occasions FROM sent_reminders WHERE kind = 'roadmap_action_due'`,
    );
    expect(occasions).toContain(`${inThreeDays}:2030-03-10`);

    // A second pass, or a later one the same day, sends nothing more.
    expect(await reminders.run(AT)).toEqual({ sent: 0 });
    expect(await reminders.run(new Date('2030-03-07T23:30:00Z'))).toEqual({ sent: 0 });
    expect(await remindersTo(w.ds, recipients)).toEqual(expected);

    // Moved to another day: a new occasion, reminded once more.
    await w.ds.query(`UPDATE roadmap_actions SET due_on = '2030-03-09' WHERE id = $1`, [inThreeDays]);
    expect(await reminders.run(AT)).toEqual({ sent: 1 });
    expect(await remindersTo(w.ds, recipients)).toEqual(
      [...expected, [anna.email, 'sv', 'Sign the partnership agreement', '2030-03-09']].sort((a, b) =>
        a.join(' ').localeCompare(b.join(' ')),
      ),
    );
  });

  it("runs in the worker's reminders job: the mail reaches the owner in their language", async () => {
    const org = await OrganisationFactory.create(w.ds);
    const owner = await UserFactory.member(w.ds, org, 'learner', { locale: 'de', name: 'Jonas Weber' });
    const action = await roadmapOf(w.ds, org);
    await action('Partnerschaftsvertrag unterschreiben', owner, '2031-05-12');

    const queues = w.ctx.get<symbol, QueueMap>(QUEUES);
    await queues.enqueue('runReminders', { at: '2031-05-10T09:00:00Z' });

    const mail = await smtp.waitFor(owner.email, 15_000);
    const params = {
      name: 'Jonas Weber',
      actionTitle: 'Partnerschaftsvertrag unterschreiben',
      objectiveTitle: 'Partnerships that last',
      roadmapTitle: 'Plan 2030',
      dueOn: '2031-05-12',
      link: 'http://campus.test/my-actions',
    };
    expect(mail.subject).toBe(renderEmail('roadmap-action-due', 'de', params).subject);
    expect(mail.text).toContain('http://campus.test/my-actions');
  });
});
