/**
 * Open Badges 3.0 `OpenBadgeCredential` in the W3C Verifiable Credentials 2.0 data model.
 *
 * Field choices (all native OB 3.0 properties, so no extension context is needed):
 * - learning outcomes: `achievement.criteria.narrative`, a Markdown list (what the holder had to
 *   achieve); the same list drives the PDF.
 * - EQF level: an `achievement.alignment` entry (targetType `ext:EQFLevel`, targetFramework
 *   "European Qualifications Framework", targetCode the level, targetUrl the Europass page of the
 *   eight levels), as Edubadges and Europass-mapped OB 3.0 issuers do.
 * - workload: `achievement.creditsAvailable` (OB 3.0 "credit hours") and, the holder having
 *   completed it, `credentialSubject.creditsEarned`.
 * - quiz score: `credentialSubject.result[0]` (resultType Percent, value "0"–"100") pointing at the
 *   achievement's `resultDescription`.
 * - kind: `achievementType` "Course" for a course, "ext:JobShadowing" for a job-shadowing mobility
 *   (with `activityStartDate`/`activityEndDate` on the subject).
 */

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const OB_V3_SCHEMA =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';
export const EQF_URL = 'https://europa.eu/europass/en/description-eight-eqf-levels';

export type AchievementKind = 'course' | 'mobility';

export interface OpenBadgeCredentialInput {
  /** UUID of the certificate; the credential id is `urn:uuid:<certificateId>`. */
  certificateId: string;
  /** When the certificate was issued. */
  validFrom: Date | string;
  issuer: {
    /** URL of the awarding organisation's public profile on this platform. */
    id: string;
    name: string;
    /** ISO 3166-1 alpha-2, e.g. "IT". */
    countryCode: string;
    /** The organisation's own web site, if any. */
    url?: string;
  };
  holder: {
    /** UUID of the holder's account; the subject id is `urn:uuid:<id>`. */
    id: string;
    name: string;
  };
  achievement: {
    kind: AchievementKind;
    /** URL identifying what was achieved (the course, or the mobility programme), on this platform. */
    id: string;
    /** Course title (or mobility title). */
    name: string;
    description: string;
    learningOutcomes: string[];
    /** 1–8, or null when the course is not referenced to the EQF. */
    eqfLevel: number | null;
    workloadHours: number;
    /** BCP 47 language of the name, description and outcomes. */
    language?: string;
    fieldOfStudy?: string;
  };
  /** Period of the activity (a mobility's dates), as ISO dates or date-times. */
  activityPeriod?: { start: string; end: string };
  /** Mean of the required quizzes' final scores, 0–100; null when the course has none. */
  meanScorePercent: number | null;
  /** URL of the BitstringStatusListCredential this certificate's revocation bit lives in. */
  statusListUrl: string;
  statusIndex: number;
}

export interface Alignment {
  type: ['Alignment'];
  targetName: string;
  targetUrl: string;
  targetDescription?: string;
  targetFramework?: string;
  targetCode?: string;
  targetType?: string;
}

export interface ResultDescription {
  id: string;
  type: ['ResultDescription'];
  name: string;
  resultType: 'Percent';
  valueMin: string;
  valueMax: string;
}

export interface Achievement {
  id: string;
  type: ['Achievement'];
  achievementType: 'Course' | 'ext:JobShadowing';
  name: string;
  description: string;
  criteria: { narrative: string };
  creditsAvailable: number;
  alignment?: Alignment[];
  resultDescription?: ResultDescription[];
  inLanguage?: string;
  fieldOfStudy?: string;
}

export interface AchievementSubject {
  id: string;
  type: ['AchievementSubject'];
  name: string;
  achievement: Achievement;
  creditsEarned: number;
  result?: { type: ['Result']; resultDescription: string; value: string }[];
  activityStartDate?: string;
  activityEndDate?: string;
}

export interface IssuerProfile {
  id: string;
  type: ['Profile'];
  name: string;
  url?: string;
  address: { type: ['Address']; addressCountry: string; addressCountryCode: string };
}

export interface BitstringStatusListEntry {
  id: string;
  type: 'BitstringStatusListEntry';
  statusPurpose: 'revocation';
  statusListIndex: string;
  statusListCredential: string;
}

export interface OpenBadgeCredential {
  '@context': [typeof VC_V2_CONTEXT, typeof OB_V3_CONTEXT];
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  name: string;
  issuer: IssuerProfile;
  validFrom: string;
  credentialSubject: AchievementSubject;
  credentialStatus: BitstringStatusListEntry;
  credentialSchema: [{ id: typeof OB_V3_SCHEMA; type: '1EdTechJsonSchemaValidator2019' }];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function requireUrl(value: string, what: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${what} must be an absolute URL (got "${value}")`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${what} must be an http(s) URL (got "${value}")`);
  }
  return value;
}

function requireUuid(value: string, what: string): string {
  if (!UUID.test(value)) throw new Error(`${what} must be a UUID (got "${value}")`);
  return value.toLowerCase();
}

function requireText(value: string, what: string): string {
  const text = value.trim();
  if (!text) throw new Error(`${what} must not be empty`);
  return text;
}

/** XML-schema dateTime without milliseconds, as VC 2.0 examples and most wallets expect. */
export function toDateTimeStamp(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date: ${String(value)}`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const countryNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** Markdown list, one outcome per line; line breaks inside an outcome would split the list. */
export function outcomesNarrative(outcomes: string[]): string {
  return outcomes.map((o) => `- ${o.replace(/\s+/g, ' ').trim()}`).join('\n');
}

/** Builds the unsigned credential; deterministic for a given input (so a re-run signs the same bytes). */
export function buildOpenBadgeCredential(input: OpenBadgeCredentialInput): OpenBadgeCredential {
  const { achievement: a, issuer, holder } = input;
  const certificateId = requireUuid(input.certificateId, 'certificateId');
  const countryCode = input.issuer.countryCode.toUpperCase();
  if (!/^[A-Z]{2}$/.test(countryCode)) throw new Error(`issuer.countryCode must be ISO 3166-1 alpha-2`);
  if (a.eqfLevel !== null && !(Number.isInteger(a.eqfLevel) && a.eqfLevel >= 1 && a.eqfLevel <= 8)) {
    throw new Error(`eqfLevel must be an integer from 1 to 8 or null (got ${a.eqfLevel})`);
  }
  if (!(Number.isFinite(a.workloadHours) && a.workloadHours >= 0)) {
    throw new Error(`workloadHours must be a non-negative number (got ${a.workloadHours})`);
  }
  const score = input.meanScorePercent;
  if (score !== null && !(Number.isFinite(score) && score >= 0 && score <= 100)) {
    throw new Error(`meanScorePercent must be from 0 to 100 or null (got ${score})`);
  }
  if (!(Number.isSafeInteger(input.statusIndex) && input.statusIndex >= 0)) {
    throw new Error(`statusIndex must be a non-negative integer (got ${input.statusIndex})`);
  }
  const outcomes = a.learningOutcomes.map((o) => o.trim()).filter(Boolean);
  const achievementId = requireUrl(a.id, 'achievement.id');
  const resultDescriptionId = `${achievementId}#score`;

  const achievement: Achievement = {
    id: achievementId,
    type: ['Achievement'],
    achievementType: a.kind === 'course' ? 'Course' : 'ext:JobShadowing',
    name: requireText(a.name, 'achievement.name'),
    description: a.description.trim() || a.name.trim(),
    criteria: { narrative: outcomesNarrative(outcomes) },
    creditsAvailable: a.workloadHours,
    ...(a.eqfLevel !== null && {
      alignment: [
        {
          type: ['Alignment'],
          targetName: `EQF level ${a.eqfLevel}`,
          targetUrl: EQF_URL,
          targetFramework: 'European Qualifications Framework',
          targetCode: String(a.eqfLevel),
          targetType: 'ext:EQFLevel',
        },
      ],
    }),
    ...(score !== null && {
      resultDescription: [
        {
          id: resultDescriptionId,
          type: ['ResultDescription'],
          name: 'Mean final score of the required quizzes',
          resultType: 'Percent',
          valueMin: '0',
          valueMax: '100',
        },
      ],
    }),
    ...(a.language && { inLanguage: a.language }),
    ...(a.fieldOfStudy && { fieldOfStudy: a.fieldOfStudy }),
  };

  const credentialSubject: AchievementSubject = {
    id: `urn:uuid:${requireUuid(holder.id, 'holder.id')}`,
    type: ['AchievementSubject'],
    name: requireText(holder.name, 'holder.name'),
    achievement,
    creditsEarned: a.workloadHours,
    ...(score !== null && {
      // One decimal at most: a score is shown to people, and the signed bytes must not depend on
      // floating-point noise (66.66666666666667).
      result: [
        {
          type: ['Result'],
          resultDescription: resultDescriptionId,
          value: String(Math.round(score * 10) / 10),
        },
      ],
    }),
    ...(input.activityPeriod && {
      activityStartDate: toDateTimeStamp(input.activityPeriod.start),
      activityEndDate: toDateTimeStamp(input.activityPeriod.end),
    }),
  };

  const statusListUrl = requireUrl(input.statusListUrl, 'statusListUrl');
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: `urn:uuid:${certificateId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: achievement.name,
    issuer: {
      id: requireUrl(issuer.id, 'issuer.id'),
      type: ['Profile'],
      name: requireText(issuer.name, 'issuer.name'),
      ...(issuer.url && { url: requireUrl(issuer.url, 'issuer.url') }),
      address: {
        type: ['Address'],
        addressCountry: countryNames.of(countryCode) ?? countryCode,
        addressCountryCode: countryCode,
      },
    },
    validFrom: toDateTimeStamp(input.validFrom),
    credentialSubject,
    credentialStatus: {
      id: `${statusListUrl}#${input.statusIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(input.statusIndex),
      statusListCredential: statusListUrl,
    },
    credentialSchema: [{ id: OB_V3_SCHEMA, type: '1EdTechJsonSchemaValidator2019' }],
  };
}

/** What a person checking a certificate wants to read, from any credential this library issued. */
export interface CredentialSummary {
  id: string;
  holderName: string;
  achievementName: string;
  achievementType: string;
  issuerName: string;
  issuerId: string;
  validFrom: string;
  learningOutcomes: string[];
}

/** Reads the human-facing fields; the inverse of {@link outcomesNarrative} for the outcomes. */
export function summariseCredential(credential: OpenBadgeCredential): CredentialSummary {
  const subject = credential.credentialSubject;
  return {
    id: credential.id,
    holderName: subject.name,
    achievementName: subject.achievement.name,
    achievementType: subject.achievement.achievementType,
    issuerName: credential.issuer.name,
    issuerId: credential.issuer.id,
    validFrom: credential.validFrom,
    learningOutcomes: subject.achievement.criteria.narrative
      .split('\n')
      .map((line) => line.replace(/^- /, '').trim())
      .filter(Boolean),
  };
}
