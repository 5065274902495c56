import type { Mobility, Organisation, User } from '@campus/server-db';
import { binaryBody, MobilityFactory, OrganisationFactory, UserFactory } from '@campus/server-testing';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';

const BOM = [0xef, 0xbb, 0xbf];

/** The cells of a CSV line written by @campus/server-csv (every cell quoted). */
function cells(line: string, sep: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`"((?:[^"]|"")*)"(?:${sep === '\t' ? '\\t' : sep}|$)`, 'gy');
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null && m[0] !== '') out.push(m[1].replace(/""/g, '"'));
  return out;
}

describe('mobility reports and the Beneficiary Module CSV', () => {
  let t: TestApp;
  let school: Organisation;
  let otherSchool: Organisation;
  let manager: string;
  let italianManager: string;
  let otherManager: string;
  let learner: string;
  let maria: User;
  let luca: User;
  let tampere: Mobility;
  let valencia: Mobility;

  const base = () => `/api/orgs/${school.id}/mobility-reports`;
  const report = (query = '', token = manager) => t.http().get(`${base()}${query}`).set(bearer(token));
  const download = (query = '', token = manager) =>
    t
      .http()
      .get(`${base()}/beneficiary-module.csv${query}`)
      .set(bearer(token))
      .buffer(true)
      .parse(binaryBody);

  /** Log entries of `hours` each on consecutive days from the mobility's start. */
  async function log(mobility: Mobility, ...hours: number[]): Promise<void> {
    for (const [i, h] of hours.entries()) {
      await t.ds.query(
        `INSERT INTO log_entries (id, mobility_id, entry_date, minutes, activities)
         VALUES (gen_random_uuid(), $1, $2::date + $3::int, $4, 'Shadowed the international office')`,
        [mobility.id, mobility.startDate, i, Math.round(h * 60)],
      );
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    school = await OrganisationFactory.create(t.ds, { name: 'ITIS Guglielmo Marconi', country: 'IT' });
    otherSchool = await OrganisationFactory.create(t.ds, { country: 'PT', city: 'Porto' });
    manager = (await signIn(t, (await UserFactory.member(t.ds, school, 'manager', { locale: 'en' })).email))
      .token;
    italianManager = (
      await signIn(t, (await UserFactory.member(t.ds, school, 'manager', { locale: 'it' })).email)
    ).token;
    otherManager = (await signIn(t, (await UserFactory.member(t.ds, otherSchool, 'manager')).email)).token;
    maria = await UserFactory.member(t.ds, school, 'learner', { name: 'Maria Grazia Rossi' });
    luca = await UserFactory.member(t.ds, school, 'learner', { name: 'Luca Bianchi' });
    learner = (await signIn(t, luca.email)).token;

    // 5 days in Tampere, 3 × 6 h logged.
    tampere = await MobilityFactory.create(t.ds, school, maria, {
      projectNumber: 'P-ONE',
      mobilityCode: 'MOB-TRE-1',
      status: 'in_progress',
    });
    await log(tampere, 6, 6, 6);
    // 12 days in Valencia minus a 3-day interruption = 9 days; 7.5 h + 7.25 h logged.
    valencia = await MobilityFactory.create(t.ds, school, maria, {
      activityType: 'SM-TTA',
      projectNumber: 'P-TWO',
      mobilityCode: 'MOB-VLC-1',
      hostName: 'CIPFP Misericòrdia',
      hostCountry: 'ES',
      hostCity: 'València',
      hostOid: 'E10099999',
      startDate: '2026-05-04',
      endDate: '2026-05-15',
      interruptions: [{ from: '2026-05-08', to: '2026-05-10' }],
      travelDaysBefore: 1,
      travelDaysAfter: 2,
      greenTravel: false,
      transport: 'plane',
      distanceBand: '500-1999',
      status: 'validated',
    });
    await log(valencia, 7.5, 7.25);
    // 5 days in Tampere, 8 h logged.
    await log(
      await MobilityFactory.create(t.ds, school, luca, {
        projectNumber: 'P-ONE',
        mobilityCode: 'MOB-TRE-2',
        startDate: '2027-04-05',
        endDate: '2027-04-09',
        status: 'completed',
      }),
      8,
    );
    // Cancelled: 10 days in Germany that never took place.
    await MobilityFactory.create(t.ds, school, luca, {
      activityType: 'SM-COUR-TRAIN',
      projectNumber: 'P-ONE',
      mobilityCode: 'MOB-DE-1',
      hostCountry: 'DE',
      hostCity: 'Berlin',
      startDate: '2027-06-01',
      endDate: '2027-06-10',
      status: 'cancelled',
    });
    // Another school's mobility in the same country and project number: never counted here.
    const stranger = await UserFactory.member(t.ds, otherSchool, 'learner');
    await log(
      await MobilityFactory.create(t.ds, otherSchool, stranger, {
        projectNumber: 'P-ONE',
        status: 'validated',
      }),
      9,
    );
  });
  afterAll(() => t.close());

  /** Totals of a report, in the order mobilities, participants, days, hours. */
  const totals = (mobilities: number, participants: number, days: number, hours: number) => ({
    mobilities,
    participants,
    days,
    hours,
  });
  /** A breakdown row: mobilities, days, hours. */
  const row = (key: string, mobilities: number, days: number, hours: number) => ({
    key,
    mobilities,
    days,
    hours,
  });
  const totalsOf = async (query: string) => (await report(query).expect(200)).body.totals;

  it('totals participants, days and logged hours, leaving cancelled mobilities to the status breakdown', async () => {
    const res = await report().expect(200);
    expect(res.body.totals).toEqual(totals(3, 2, 19, 40.75));
    const [y2026, y2027] = [
      { mobilities: 1, days: 9, hours: 14.75 },
      { mobilities: 2, days: 10, hours: 26 },
    ];
    expect(res.body.byYear).toEqual([row('2026', 1, 9, 14.75), row('2027', 2, 10, 26)]);
    expect(res.body.byProject).toEqual([
      { key: 'P-ONE', ...y2027 },
      { key: 'P-TWO', ...y2026 },
    ]);
    expect(res.body.byCountry).toEqual([
      { key: 'FI', ...y2027 },
      { key: 'ES', ...y2026 },
    ]);
    expect(res.body.byActivityType).toEqual([
      { key: 'SM-JOB-SHDW', ...y2027 },
      { key: 'SM-TTA', ...y2026 },
    ]);
    expect(res.body.byStatus).toEqual([
      row('in_progress', 1, 5, 18),
      row('completed', 1, 5, 8),
      row('validated', 1, 9, 14.75),
      row('cancelled', 1, 10, 0),
    ]);

    // The report's days are the record's own duration (interruptions left out).
    const record = await t
      .http()
      .get(`/api/orgs/${school.id}/mobilities/${valencia.id}`)
      .set(bearer(manager));
    expect(record.body.durationDays).toBe(9);
  });

  it('narrows everything by year, project, country, activity type and status', async () => {
    expect(await totalsOf('?year=2027')).toEqual(totals(2, 2, 10, 26));
    expect(await totalsOf('?country=es')).toEqual(totals(1, 1, 9, 14.75));
    expect(await totalsOf('?projectNumber=P-ONE&status=completed')).toEqual(totals(1, 1, 5, 8));
    const tta = await report('?activityType=SM-TTA&projectNumber=P-TWO').expect(200);
    expect(tta.body.byProject).toEqual([row('P-TWO', 1, 9, 14.75)]);
    // Asked for by name, cancelled mobilities are what is counted.
    const cancelled = await report('?status=cancelled').expect(200);
    expect(cancelled.body.totals).toEqual(totals(1, 1, 10, 0));
    expect(cancelled.body.byCountry).toEqual([row('DE', 1, 10, 0)]);
    // Nothing matches: zeros, not an error.
    const none = await report('?year=1999').expect(200);
    expect(none.body.totals).toEqual(totals(0, 0, 0, 0));
    expect(none.body.byStatus).toEqual([]);
  });

  it('refuses bad filters with 400 naming the field', async () => {
    for (const [query, field] of [
      ['?year=abc', 'year'],
      ['?year=10000', 'year'],
      ['?country=ZZ', 'country'],
      ['?status=lost', 'status'],
      ['?activityType=KA2', 'activityType'],
    ] as const) {
      const res = await report(query);
      expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const csv = await t.http().get(`${base()}/beneficiary-module.csv?separator=pipe`).set(bearer(manager));
    expectProblem(csv, 400, 'VALIDATION_FAILED');
    expect(csv.body.errors.map((e: { field: string }) => e.field)).toContain('separator');
  });

  it("answers another school's manager 404 and a learner 403, on the report and the CSV", async () => {
    expectProblem(await report('', otherManager), 404, 'NOT_FOUND');
    expectProblem(
      await t.http().get(`${base()}/beneficiary-module.csv`).set(bearer(otherManager)),
      404,
      'NOT_FOUND',
    );
    expectProblem(await report('', learner), 403, 'FORBIDDEN');
    expectProblem(
      await t.http().get(`${base()}/beneficiary-module.csv`).set(bearer(learner)),
      403,
      'FORBIDDEN',
    );
    await t.http().get(base()).expect(401);
  });

  it('writes the Beneficiary Module CSV with a BOM, the Italian separator and headers, one row per mobility', async () => {
    const res = await download('', italianManager).expect(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toBe('attachment; filename="beneficiary-module.csv"');
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    // Exactly one byte-order mark, however many batches were written.
    expect(bytes.subarray(3).includes(Buffer.from(BOM))).toBe(false);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(cells(lines[0], ';')).toEqual([
      'ID mobilità',
      'Tipo di attività',
      'Nome del partecipante',
      'Cognome del partecipante',
      'E-mail del partecipante',
      'Organizzazione di invio',
      'Paese di invio',
      'Organizzazione ospitante',
      'OID dell’organizzazione ospitante',
      'Paese ospitante',
      'Città ospitante',
      'Data di inizio',
      'Data di fine',
      'Durata (giorni)',
      'Giorni di viaggio',
      'Giorni di viaggio finanziati',
      'Fascia di distanza (km)',
      'Viaggio green',
      'Mezzo di trasporto',
      'Numero di progetto',
      'Stato',
    ]);
    // Four mobilities of this school (the cancelled one too), by start date; none of the other school.
    expect(lines.slice(1).map((l) => cells(l, ';')[0])).toEqual([
      'MOB-VLC-1',
      'MOB-TRE-1',
      'MOB-TRE-2',
      'MOB-DE-1',
    ]);
    expect(cells(lines[1], ';')).toEqual([
      'MOB-VLC-1',
      'SM-TTA',
      'Maria Grazia',
      'Rossi',
      maria.email,
      'ITIS Guglielmo Marconi',
      'IT',
      'CIPFP Misericòrdia',
      'E10099999',
      'ES',
      'València',
      '2026-05-04',
      '2026-05-15',
      '9',
      '3',
      '2',
      '500-1999',
      'No',
      'Aereo',
      'P-TWO',
      'Convalidata',
    ]);
    const tre = cells(lines[2], ';');
    expect(tre.slice(13, 19)).toEqual(['5', '2', '2', '2000-2999', 'Sì', 'Treno']);
    expect(cells(lines[4], ';')[20]).toBe('Annullata');
  });

  it('takes ?separator=tab and the same filters as the report', async () => {
    const res = await download('?separator=tab&country=FI').expect(200);
    const lines = (res.body as Buffer).subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(cells(lines[0], '\t').slice(0, 4)).toEqual([
      'Mobility ID',
      'Activity type',
      'Participant first name',
      'Participant last name',
    ]);
    expect(lines.slice(1).map((l) => cells(l, '\t').slice(0, 4))).toEqual([
      ['MOB-TRE-1', 'SM-JOB-SHDW', 'Maria Grazia', 'Rossi'],
      ['MOB-TRE-2', 'SM-JOB-SHDW', 'Luca', 'Bianchi'],
    ]);
    expect(cells(lines[1], '\t')[17]).toBe('Yes');
  });

  it('streams a large school in batches without losing or repeating a mobility', async () => {
    const big = await OrganisationFactory.create(t.ds);
    const bigManager = (await signIn(t, (await UserFactory.member(t.ds, big, 'manager')).email)).token;
    const person = await UserFactory.member(t.ds, big, 'learner', { name: 'Anna' });
    const template = await MobilityFactory.create(t.ds, big, person, { mobilityCode: 'MOB-00000' });
    // Many share a start date, so the batches' keyset must break ties by id.
    await t.ds.query(
      `INSERT INTO mobilities (organisation_id, participant_id, activity_type, project_number, mobility_code,
         host_name, host_country, host_city, host_address, host_website, mentor_name, mentor_role,
         mentor_email, mentor_language, start_date, end_date, transport, distance_band, status)
       SELECT organisation_id, participant_id, activity_type, project_number, 'MOB-' || lpad(n::text, 5, '0'),
         host_name, host_country, host_city, host_address, host_website, mentor_name, mentor_role,
         mentor_email, mentor_language, start_date + (n % 7), end_date + (n % 7), transport, distance_band, status
       FROM mobilities, generate_series(1, 1200) n WHERE id = $1`,
      [template.id],
    );
    const res = await t
      .http()
      .get(`/api/orgs/${big.id}/mobility-reports/beneficiary-module.csv`)
      .set(bearer(bigManager))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const rows = (res.body as Buffer).subarray(3).toString('utf8').trimEnd().split('\r\n').slice(1);
    const ids = rows.map((l) => cells(l, ',')[0]);
    expect(ids).toHaveLength(1201);
    expect(new Set(ids).size).toBe(1201);
    // A one-word name is a last name.
    expect(cells(rows[0], ',').slice(2, 4)).toEqual(['', 'Anna']);
    const starts = rows.map((l) => cells(l, ',')[11]);
    expect([...starts].sort()).toEqual(starts);
  });

  it('follows logbook edits and a changed interruption in its hours and days', async () => {
    const school2 = await OrganisationFactory.create(t.ds);
    const boss = (await signIn(t, (await UserFactory.member(t.ds, school2, 'manager')).email)).token;
    const mobility = await MobilityFactory.create(
      t.ds,
      school2,
      await UserFactory.member(t.ds, school2, 'learner'),
    );
    await log(mobility, 6, 7);
    const totals2 = async () =>
      (await t.http().get(`/api/orgs/${school2.id}/mobility-reports`).set(bearer(boss)).expect(200)).body
        .totals;
    expect(await totals2()).toEqual(totals(1, 1, 5, 13));

    // The logbook's upsert of a day, then a deleted day.
    await t.ds.query(
      `INSERT INTO log_entries (id, mobility_id, entry_date, minutes, activities)
       VALUES (gen_random_uuid(), $1, $2, 480, 'Rewritten') ON CONFLICT (mobility_id, entry_date) DO UPDATE SET minutes = EXCLUDED.minutes`,
      [mobility.id, mobility.startDate],
    );
    expect((await totals2()).hours).toBe(15);
    await t.ds.query(`DELETE FROM log_entries WHERE mobility_id = $1 AND entry_date <> $2`, [
      mobility.id,
      mobility.startDate,
    ]);
    expect((await totals2()).hours).toBe(8);

    await t
      .http()
      .patch(`/api/orgs/${school2.id}/mobilities/${mobility.id}`)
      .set(bearer(boss))
      .send({ interruptions: [{ from: '2027-03-02', to: '2027-03-03' }] })
      .expect(200);
    expect((await totals2()).days).toBe(3);
  });
});
