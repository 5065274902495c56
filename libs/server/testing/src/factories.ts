import { Algorithm, hash } from '@node-rs/argon2';
import type { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import {
  CreateMobilityRequest,
  LearningAgreementContent,
  type MobilityStatus,
  type Role,
} from '@campus/contracts';
import {
  LearningAgreementConfirmation,
  LearningAgreementVersion,
  Membership,
  Mobility,
  MobilityStatusChange,
  Organisation,
  User,
} from '@campus/server-db';
import { columnsOf } from '@campus/server-mobility';
import { uniqueEmail } from './test-env';

export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;

/** Hashed once per file with the test cost; every factory user shares TEST_PASSWORD unless told otherwise. */
function defaultHash(): Promise<string> {
  passwordHash ??= hash(TEST_PASSWORD, {
    algorithm: 2 as Algorithm,
    memoryCost: 1024,
    timeCost: 1,
    parallelism: 1,
  });
  return passwordHash;
}

export const OrganisationFactory = {
  async create(ds: DataSource, attrs: Partial<Organisation> = {}): Promise<Organisation> {
    const suffix = Math.random().toString(36).slice(2, 8);
    return ds
      .getRepository(Organisation)
      .save({ name: `School ${suffix}`, country: 'IT', city: 'Bologna', kind: 'vet_school', ...attrs });
  },
};

export const UserFactory = {
  async create(ds: DataSource, attrs: Partial<User> & { password?: string } = {}): Promise<User> {
    const { password, ...rest } = attrs;
    const passwordHash = password
      ? await hash(password, { algorithm: 2 as Algorithm, memoryCost: 1024, timeCost: 1, parallelism: 1 })
      : await defaultHash();
    return ds.getRepository(User).save({
      email: uniqueEmail('user'),
      name: 'Test Person',
      locale: 'en',
      timeZone: 'Europe/Rome',
      passwordHash,
      emailVerifiedAt: new Date(),
      ...rest,
    });
  },

  /** A user who is a member of `organisation` with `role`. */
  async member(
    ds: DataSource,
    organisation: Organisation,
    role: Role,
    attrs: Partial<User> = {},
  ): Promise<User> {
    const user = await UserFactory.create(ds, { email: uniqueEmail(role), ...attrs });
    await ds.getRepository(Membership).insert({ userId: user.id, organisationId: organisation.id, role });
    return user;
  },
};

/**
 * Mobility records. `request` is a valid API body (job shadowing, 5 days in Tampere); `create`
 * writes the row straight to the database in any status, with its history row, so a test states
 * the state it starts from in one line.
 */
export const MobilityFactory = {
  request(participantId: string, attrs: Partial<CreateMobilityRequest> = {}) {
    return {
      participantId,
      activityType: 'SM-JOB-SHDW',
      projectNumber: '2026-1-IT01-KA121-VET-000123456',
      mobilityId: `MOB-${Math.random().toString(36).slice(2, 10)}`,
      host: {
        name: 'Tampereen seudun ammattiopisto',
        country: 'FI',
        city: 'Tampere',
        address: 'Sammonkatu 1, 33100 Tampere',
        website: 'https://www.tredu.fi',
        oid: 'E10012345',
      },
      mentor: { name: 'Aino Virtanen', role: 'Teacher', email: uniqueEmail('mentor'), language: 'fi' },
      startDate: '2027-03-01',
      endDate: '2027-03-05',
      travelDaysBefore: 1,
      travelDaysAfter: 1,
      transport: 'train',
      greenTravel: true,
      distanceBand: '2000-2999',
      interruptions: [],
      ...attrs,
    } satisfies CreateMobilityRequest;
  },

  async create(
    ds: DataSource,
    organisation: Organisation,
    participant: User,
    attrs: Partial<Mobility> = {},
  ): Promise<Mobility> {
    // The service's own mapping from request to columns, so the factory cannot drift from it.
    const row = await ds.getRepository(Mobility).save({
      organisationId: organisation.id,
      ...columnsOf(CreateMobilityRequest.parse(MobilityFactory.request(participant.id))),
      status: 'draft',
      ...attrs,
    });
    await ds.getRepository(MobilityStatusChange).insert({
      mobilityId: row.id,
      fromStatus: null,
      toStatus: row.status,
      changedBy: null,
      note: 'Created by a test factory.',
    });
    return row;
  },

  inStatus(ds: DataSource, organisation: Organisation, participant: User, status: MobilityStatus) {
    return MobilityFactory.create(ds, organisation, participant, { status });
  },

  inProgress(ds: DataSource, organisation: Organisation, participant: User) {
    return MobilityFactory.inStatus(ds, organisation, participant, 'in_progress');
  },
};

/**
 * Learning agreements. `content` is valid content with fresh outcome ids; `draft` adds the next
 * version of a mobility's agreement with no confirmation; `agreed` (also exported as
 * `agreedAgreement`) adds the next version confirmed by all three parties and agreed now, an
 * amendment when an earlier version was agreed. Neither changes the mobility's status.
 */
export const LearningAgreementFactory = {
  content(attrs: Partial<LearningAgreementContent> = {}): LearningAgreementContent {
    return LearningAgreementContent.parse({
      objectives: 'Learn how the host school runs its international office and its mobility projects.',
      outcomes: [
        {
          id: randomUUID(),
          statement: 'Describe the mobility cycle of the host school.',
          category: 'knowledge',
        },
        {
          id: randomUUID(),
          statement: 'Prepare a learning agreement with a partner school.',
          category: 'skills',
        },
        {
          id: randomUUID(),
          statement: 'Coordinate an incoming group on my own.',
          category: 'responsibility',
        },
      ],
      tasks: 'Shadow the international coordinator; attend partner meetings; visit two workshops.',
      languages: ['en', 'fi'],
      mentoring: 'A daily check-in with the host mentor; a weekly call with the sending coordinator.',
      recognition: "Recorded in the participant's staff development plan and a mobility credential.",
      ...attrs,
    });
  },

  async draft(
    ds: DataSource,
    mobilityId: string,
    content: LearningAgreementContent = LearningAgreementFactory.content(),
  ): Promise<LearningAgreementVersion> {
    return nextAgreementVersion(ds, mobilityId, content);
  },

  agreed: agreedAgreement,
};

/** The next version of the mobility's learning agreement, confirmed by the three parties and agreed. */
export async function agreedAgreement(
  ds: DataSource,
  mobilityId: string,
  content: LearningAgreementContent = LearningAgreementFactory.content(),
): Promise<LearningAgreementVersion> {
  const mobility = await ds.getRepository(Mobility).findOneByOrFail({ id: mobilityId });
  const version = await nextAgreementVersion(ds, mobilityId, content, new Date());
  await ds.getRepository(LearningAgreementConfirmation).insert([
    { agreementVersionId: version.id, party: 'participant', confirmedBy: mobility.participantId },
    { agreementVersionId: version.id, party: 'manager', confirmedBy: mobility.createdBy },
    { agreementVersionId: version.id, party: 'mentor', confirmedBy: null },
  ]);
  return version;
}

async function nextAgreementVersion(
  ds: DataSource,
  mobilityId: string,
  content: LearningAgreementContent,
  agreedAt: Date | null = null,
): Promise<LearningAgreementVersion> {
  const repo = ds.getRepository(LearningAgreementVersion);
  const earlier = await repo.find({ where: { mobilityId }, order: { version: 'ASC' } });
  return repo.save({
    mobilityId,
    version: (earlier.at(-1)?.version ?? 0) + 1,
    content,
    isAmendment: earlier.some((v) => v.agreedAt !== null),
    createdBy: null,
    agreedAt,
  });
}

/** One day of a logbook, as `logEntries` writes it; everything but the date has a default. */
export interface LogEntrySeed {
  date: string;
  /** Default 6; quarter hours. */
  hours?: number;
  activities?: string;
  outcomeIds?: string[];
  reflection?: string;
  mentorStatus?: 'pending' | 'confirmed' | 'commented';
  mentorComment?: string | null;
}

/**
 * Log entries of a mobility written straight to the database, one per date, with ids made here as
 * the participant's browser would; a confirmed or commented entry gets its review time now.
 * Returns them oldest first.
 */
export async function logEntries(
  ds: DataSource,
  mobilityId: string,
  entries: LogEntrySeed[],
): Promise<{ id: string; date: string }[]> {
  const rows: { id: string; date: string }[] = [];
  for (const e of entries) {
    const status = e.mentorStatus ?? 'pending';
    const [row] = await ds.query<{ id: string; date: string }[]>(
      `INSERT INTO log_entries (id, mobility_id, entry_date, minutes, activities, outcome_ids, reflection,
         mentor_status, mentor_comment, mentor_reviewed_at, created_by)
       SELECT gen_random_uuid(), m.id, $2, $3, $4, $5::uuid[], $6, $7, $8,
              CASE WHEN $7 = 'pending' THEN NULL ELSE now() END, m.participant_id
         FROM mobilities m WHERE m.id = $1
       RETURNING id, to_char(entry_date, 'YYYY-MM-DD') AS date`,
      [
        mobilityId,
        e.date,
        Math.round((e.hours ?? 6) * 60),
        e.activities ?? `Shadowed the international coordinator (${e.date}).`,
        e.outcomeIds ?? [],
        e.reflection ?? '',
        status,
        e.mentorComment ?? null,
      ],
    );
    if (!row) throw new Error(`No mobility ${mobilityId} to log entries for.`);
    rows.push(row);
  }
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The host mentor's final assessment of a mobility (Europass Mobility 5a), written straight to the
 * database: by default the actual dates are the planned ones, every outcome of the latest agreement
 * version is rated `achieved`, with a short statement. `ratings` rates the outcomes in order.
 */
export async function mentorAssessment(
  ds: DataSource,
  mobilityId: string,
  attrs: {
    ratings?: ('achieved' | 'partly' | 'not_achieved')[];
    actualStart?: string;
    actualEnd?: string;
    statement?: string;
  } = {},
): Promise<void> {
  const mobility = await ds.getRepository(Mobility).findOneByOrFail({ id: mobilityId });
  const [version] = await ds.getRepository(LearningAgreementVersion).find({
    where: { mobilityId },
    order: { version: 'DESC' },
    take: 1,
  });
  if (!version) throw new Error(`Mobility ${mobilityId} has no learning agreement to assess.`);
  await ds.query(
    `INSERT INTO mentor_assessments (mobility_id, agreement_version, actual_start, actual_end, outcomes, statement)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      mobilityId,
      version.version,
      attrs.actualStart ?? mobility.startDate,
      attrs.actualEnd ?? mobility.endDate,
      JSON.stringify(
        version.content.outcomes.map((o, i) => ({
          outcomeId: o.id,
          rating: attrs.ratings?.[i] ?? 'achieved',
        })),
      ),
      attrs.statement ?? 'The participant took an active part in the work of the international office.',
    ],
  );
}
