import {
  MOBILITY_ACTIVITY_TYPES,
  OUTCOME_RATINGS,
  type MobilityActivityType,
  type MobilityCredentialFacts,
  type OutcomeRating,
} from '@campus/contracts';
import {
  buildOpenBadgeCredential,
  type Achievement,
  type AchievementSubject,
  type Alignment,
  type OpenBadgeCredential,
} from '@campus/server-credentials';

/**
 * The mobility credential: the Open Badges 3.0 credential every certificate is, with the facts of
 * a mobility in native OB 3.0 properties, so any OB 3.0 reader shows them:
 * - activity type: an `achievement.alignment` (targetType `ext:ErasmusPlusActivityType`, targetCode
 *   the Beneficiary Module code, e.g. SM-JOB-SHDW);
 * - host organisation: `credentialSubject.source` (the Profile that assessed the achievement on the
 *   issuer's behalf), with its address;
 * - actual dates: `activityStartDate` / `activityEndDate`; logged hours: `creditsEarned`;
 * - each outcome the mentor rated achieved or partly: a `ResultDescription` of type
 *   RubricCriterionLevel on the achievement and a `Result` whose `achievedLevel` names the level;
 * - duration in days: a `Result` of the extension type `ext:DurationDays`;
 * - the mentor's statement (Europass Mobility 5a): an `Evidence` whose narrative is the statement
 *   and whose description is the mentor's name and role, one per line.
 * The sending organisation is the issuer; the holder is the participant.
 */

/** The outcome ratings a credential states: an outcome not achieved is not certified. */
const CERTIFIED: readonly OutcomeRating[] = ['achieved', 'partly'];

export const ERASMUS_ACTIVITY_TYPE = 'ext:ErasmusPlusActivityType';
const DURATION_TYPE = 'ext:DurationDays';
const MENTOR_STATEMENT = 'ext:HostMentorStatement';
const KA1_URL = 'https://erasmus-plus.ec.europa.eu/programme-guide/part-b/key-action-1';

export interface MobilityCredentialInput {
  certificateId: string;
  validFrom: Date;
  /** The public page the achievement's ids point into (the verification page). */
  achievementUrl: string;
  /** BCP 47: the language of the name, the objectives and the labels (the holder's). */
  language: string;
  issuer: { id: string; name: string; countryCode: string };
  holder: { id: string; name: string };
  activityType: MobilityActivityType;
  /** Localised names: the credential's own and the activity's. */
  name: string;
  activityName: string;
  objectives: string;
  host: { name: string; country: string; city: string; address: string; website: string };
  /** The actual dates the mentor confirmed. */
  period: { start: string; end: string };
  durationDays: number;
  hours: number;
  /** Every outcome the mentor assessed, in the agreement's order; not-achieved ones are left out. */
  outcomes: { statement: string; rating: OutcomeRating }[];
  ratingNames: Record<OutcomeRating, string>;
  mentor: { name: string; role: string; statement: string; heading: string };
  statusListUrl: string;
  statusIndex: number;
}

interface RubricLevel {
  id: string;
  type: ['RubricCriterionLevel'];
  name: string;
}

interface MobilityResultDescription {
  id: string;
  type: ['ResultDescription'];
  name: string;
  resultType: 'RubricCriterionLevel' | typeof DURATION_TYPE;
  rubricCriterionLevel?: RubricLevel[];
  valueMin?: string;
}

interface MobilityResult {
  type: ['Result'];
  resultDescription: string;
  achievedLevel?: string;
  value?: string;
}

export interface Evidence {
  id: string;
  type: ['Evidence'];
  name: string;
  description: string;
  narrative: string;
  genre: string;
}

export interface HostProfile {
  id: string;
  type: ['Profile'];
  name: string;
  url: string;
  address: {
    type: ['Address'];
    addressCountryCode: string;
    addressLocality: string;
    streetAddress: string;
  };
}

export type MobilityCredential = Omit<OpenBadgeCredential, 'credentialSubject'> & {
  credentialSubject: Omit<AchievementSubject, 'achievement' | 'result'> & {
    achievement: Omit<Achievement, 'resultDescription'> & { resultDescription: MobilityResultDescription[] };
    result: MobilityResult[];
    source: HostProfile;
  };
  evidence: Evidence[];
};

/** Deterministic for a given input, like the course credential. */
export function buildMobilityCredential(input: MobilityCredentialInput): MobilityCredential {
  const certified = input.outcomes.filter((o) => CERTIFIED.includes(o.rating));
  const base = buildOpenBadgeCredential({
    certificateId: input.certificateId,
    validFrom: input.validFrom,
    issuer: input.issuer,
    holder: input.holder,
    achievement: {
      kind: 'mobility',
      id: `${input.achievementUrl}#achievement`,
      name: input.name,
      description: input.objectives,
      learningOutcomes: certified.map((o) => o.statement),
      eqfLevel: null,
      workloadHours: input.hours,
      language: input.language,
    },
    activityPeriod: input.period,
    meanScorePercent: null,
    statusListUrl: input.statusListUrl,
    statusIndex: input.statusIndex,
  });
  const achievementId = base.credentialSubject.achievement.id;
  const outcomeId = (i: number) => `${achievementId}-outcome-${i + 1}`;
  const levelId = (i: number, rating: OutcomeRating) => `${outcomeId(i)}-${rating}`;
  const durationId = `${achievementId}-duration`;
  const activity: Alignment = {
    type: ['Alignment'],
    targetName: input.activityName,
    targetUrl: KA1_URL,
    targetFramework: 'Erasmus+ Key Action 1: learning mobility of individuals',
    targetCode: input.activityType,
    targetType: ERASMUS_ACTIVITY_TYPE,
  };
  return {
    ...base,
    credentialSubject: {
      ...base.credentialSubject,
      achievement: {
        ...base.credentialSubject.achievement,
        alignment: [activity],
        resultDescription: [
          ...certified.map((o, i): MobilityResultDescription => ({
            id: outcomeId(i),
            type: ['ResultDescription'],
            name: o.statement,
            resultType: 'RubricCriterionLevel',
            rubricCriterionLevel: OUTCOME_RATINGS.map((rating) => ({
              id: levelId(i, rating),
              type: ['RubricCriterionLevel'],
              name: input.ratingNames[rating],
            })),
          })),
          {
            id: durationId,
            type: ['ResultDescription'],
            name: 'Duration in days',
            resultType: DURATION_TYPE,
            valueMin: '1',
          },
        ],
      },
      result: [
        ...certified.map((o, i): MobilityResult => ({
          type: ['Result'],
          resultDescription: outcomeId(i),
          achievedLevel: levelId(i, o.rating),
        })),
        { type: ['Result'], resultDescription: durationId, value: String(input.durationDays) },
      ],
      source: {
        id: `${achievementId}-host`,
        type: ['Profile'],
        name: input.host.name,
        url: input.host.website,
        address: {
          type: ['Address'],
          addressCountryCode: input.host.country,
          addressLocality: input.host.city,
          streetAddress: input.host.address,
        },
      },
    },
    evidence: [
      {
        id: `${achievementId}-mentor-statement`,
        type: ['Evidence'],
        name: input.mentor.heading,
        // Name and role one per line: a person's name never holds a line break.
        description: `${input.mentor.name}\n${input.mentor.role.replace(/\s+/g, ' ')}`,
        narrative: input.mentor.statement,
        genre: MENTOR_STATEMENT,
      },
    ],
  };
}

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v);

/**
 * The facts a person checking a mobility credential wants, read from the credential alone (it
 * outlives the mobility record). Tolerant: a field it cannot find is null or empty.
 */
export function mobilityFactsOf(
  credential: OpenBadgeCredential | MobilityCredential,
): MobilityCredentialFacts {
  const subject = credential.credentialSubject as Partial<MobilityCredential['credentialSubject']>;
  const achievement = (subject.achievement ?? {}) as Partial<
    MobilityCredential['credentialSubject']['achievement']
  >;
  const descriptions = new Map((achievement.resultDescription ?? []).map((d) => [d.id, d]));
  const code = achievement.alignment?.find((a) => a.targetType === ERASMUS_ACTIVITY_TYPE)?.targetCode;
  const outcomes: MobilityCredentialFacts['outcomes'] = [];
  let durationDays: number | null = null;
  for (const r of subject.result ?? []) {
    const d = descriptions.get(r.resultDescription);
    if (!d) continue;
    if (d.resultType === DURATION_TYPE) durationDays = Number(r.value) || null;
    else if (d.resultType === 'RubricCriterionLevel' && r.achievedLevel) {
      const rating = OUTCOME_RATINGS.find((x) => r.achievedLevel === `${d.id}-${x}`);
      if (rating) outcomes.push({ statement: d.name, rating });
    }
  }
  const evidence = (credential as Partial<MobilityCredential>).evidence?.find(
    (e) => e.genre === MENTOR_STATEMENT,
  );
  const [mentorName, ...role] = evidence?.description.split('\n') ?? [];
  const source = subject.source;
  return {
    activityType: MOBILITY_ACTIVITY_TYPES.find((t) => t === code) ?? null,
    host: {
      name: source?.name ?? '',
      country: source?.address?.addressCountryCode ?? '',
      city: source?.address?.addressLocality ?? '',
      address: source?.address?.streetAddress ?? '',
      website: source?.url ?? '',
    },
    startDate: isDate(subject.activityStartDate) ? subject.activityStartDate.slice(0, 10) : null,
    endDate: isDate(subject.activityEndDate) ? subject.activityEndDate.slice(0, 10) : null,
    durationDays,
    hours: Number(subject.creditsEarned ?? 0),
    outcomes,
    mentor: evidence ? { name: mentorName, role: role.join(' ') } : null,
    statement: evidence?.narrative ?? null,
  };
}
