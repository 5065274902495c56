import { randomUUID } from 'node:crypto';
import { createDataSource, MIGRATIONS, type Organisation, type User } from '@campus/server-db';
import type { DataSource } from 'typeorm';
import {
  createPrivateTestDatabase,
  dropDatabase,
  MobilityFactory,
  OrganisationFactory,
  UserFactory,
} from '@campus/server-testing';

/**
 * The schema of issue 10 in a database of its own (it is taken down and up again here): the
 * logged_minutes trigger under every way an entry is written, and the migrations' down().
 */
describe('mobility records migrations', () => {
  let url: string;
  let ds: DataSource;
  let mobility: string;
  let school: Organisation;
  let participant: User;

  const minutes = async (id = mobility) =>
    (await ds.query<{ m: number }[]>(`SELECT logged_minutes AS m FROM mobilities WHERE id = $1`, [id]))[0].m;
  const sum = async (id = mobility) =>
    (
      await ds.query<{ s: number }[]>(
        `SELECT coalesce(sum(minutes), 0)::int AS s FROM log_entries WHERE mobility_id = $1`,
        [id],
      )
    )[0].s;
  async function newMobility(): Promise<string> {
    return (
      await MobilityFactory.create(ds, school, participant, {
        startDate: '2027-03-01',
        endDate: '2027-03-10',
      })
    ).id;
  }
  const insert = (id: string, date: string, mins: number, mob = mobility) =>
    ds.query(
      `INSERT INTO log_entries (id, mobility_id, entry_date, minutes, activities) VALUES ($1, $2, $3, $4, 'x')
       ON CONFLICT (id) DO UPDATE SET minutes = EXCLUDED.minutes`,
      [id, mob, date, mins],
    );

  beforeAll(async () => {
    url = await createPrivateTestDatabase();
    ds = createDataSource({ url, poolSize: 2 });
    await ds.initialize();
    school = await OrganisationFactory.create(ds);
    participant = await UserFactory.member(ds, school, 'learner');
    mobility = await newMobility();
  });
  afterAll(async () => {
    await ds?.destroy();
    if (url) await dropDatabase(url);
  });

  it('keeps logged_minutes equal to the sum of the entries under insert, upsert, move, delete and cascade', async () => {
    const a = randomUUID();
    const b = randomUUID();
    await insert(a, '2027-03-01', 360);
    await insert(b, '2027-03-02', 120);
    await insert(a, '2027-03-01', 480); // upsert: replaces 360
    await ds.query(
      `INSERT INTO log_entries (id, mobility_id, entry_date, minutes, activities)
                    VALUES ($1, $2, '2027-03-02', 900, 'x') ON CONFLICT DO NOTHING`,
      [randomUUID(), mobility],
    );
    expect([await minutes(), await sum()]).toEqual([600, 600]);

    const other = await newMobility();
    await ds.query(`UPDATE log_entries SET mobility_id = $2 WHERE id = $1`, [b, other]);
    expect([await minutes(), await minutes(other)]).toEqual([480, 120]);
    await ds.query(`UPDATE log_entries SET entry_date = '2027-03-03', activities = 'y' WHERE id = $1`, [a]);
    await ds.query(`DELETE FROM log_entries WHERE id = $1`, [a]);
    expect([await minutes(), await sum()]).toEqual([0, 0]);
    await ds.query(`DELETE FROM mobilities WHERE id = $1`, [other]);
    expect(await ds.query(`SELECT 1 FROM log_entries WHERE id = $1`, [b])).toEqual([]);
  });

  it('computes duration_days without travel days and interruptions', async () => {
    await ds.query(`UPDATE mobilities SET interruptions = $2 WHERE id = $1`, [
      mobility,
      JSON.stringify([
        { from: '2027-03-04', to: '2027-03-05' },
        { from: '2027-03-05', to: '2027-03-06' },
        { from: '2027-03-09', to: '2027-03-20' },
      ]),
    ]);
    const [row] = await ds.query<{ d: number }[]>(`SELECT duration_days AS d FROM mobilities WHERE id = $1`, [
      mobility,
    ]);
    expect(row.d).toBe(10 - 3 - 2);
  });

  it('takes the three migrations (and every later one) down and up again, the totals rebuilt from the entries', async () => {
    await insert(randomUUID(), '2027-03-02', 90);
    const fromMobilityRecords =
      MIGRATIONS.length - MIGRATIONS.findIndex((m) => m.name === 'MobilityRecords1768180000000');
    for (let i = 0; i < fromMobilityRecords; i++) await ds.undoLastMigration({ transaction: 'each' });
    const tables = await ds.query<{ t: string }[]>(
      `SELECT tablename AS t FROM pg_tables WHERE tablename IN ('log_entries', 'mentor_links', 'sent_reminders')`,
    );
    expect(tables).toEqual([]);
    const columns = await ds.query(
      `SELECT column_name FROM information_schema.columns
        WHERE (table_name = 'mobilities' AND column_name IN ('logged_minutes', 'duration_days'))
           OR (table_name = 'certificates' AND column_name = 'mobility_id')`,
    );
    expect(columns).toEqual([]);

    await ds.runMigrations({ transaction: 'each' });
    expect(await minutes()).toBe(0);
    await insert(randomUUID(), '2027-03-02', 90);
    expect(await minutes()).toBe(90);
  });
});
