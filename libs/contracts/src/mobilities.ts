import { z } from 'zod';
import {
  DATE_RANGE_MESSAGE,
  EARLIEST_INSTANT,
  Email,
  LATEST_INSTANT,
  Locale,
  PageQuery,
  PersonName,
  Uuid,
} from './common';

/**
 * Erasmus+ KA1 activity codes as the Beneficiary Module names them. Staff: job shadowing, teaching
 * or training assignment, structured course; VET learners: short-term and long-term (ErasmusPro).
 * Stored: never rename a code.
 */
export const MOBILITY_ACTIVITY_TYPES = [
  'SM-JOB-SHDW',
  'SM-TTA',
  'SM-COUR-TRAIN',
  'LM-SHORT-VET',
  'LM-LONG-VET',
] as const;
export const MobilityActivityType = z.enum(MOBILITY_ACTIVITY_TYPES);
export type MobilityActivityType = z.infer<typeof MobilityActivityType>;

/** Lifecycle: draft → agreed → in_progress → completed → validated; cancelled before validated. */
export const MOBILITY_STATUSES = [
  'draft',
  'agreed',
  'in_progress',
  'completed',
  'validated',
  'cancelled',
] as const;
export const MobilityStatus = z.enum(MOBILITY_STATUSES);
export type MobilityStatus = z.infer<typeof MobilityStatus>;

/** The moves the lifecycle allows from each status; the API refuses any other with 409. */
export const MOBILITY_STATUS_TRANSITIONS: Readonly<Record<MobilityStatus, readonly MobilityStatus[]>> = {
  draft: ['agreed', 'cancelled'],
  agreed: ['in_progress', 'cancelled'],
  in_progress: ['completed', 'cancelled'],
  completed: ['validated', 'cancelled'],
  validated: [],
  cancelled: [],
};

/** Statuses in which the record itself (dates, host, mentor…) may still be edited. */
export const MOBILITY_EDITABLE_STATUSES: readonly MobilityStatus[] = ['draft', 'agreed'];

/** The Erasmus+ distance calculator's bands, in km. */
export const DISTANCE_BANDS = [
  '10-99',
  '100-499',
  '500-1999',
  '2000-2999',
  '3000-3999',
  '4000-7999',
  '8000+',
] as const;
export const DistanceBand = z.enum(DISTANCE_BANDS);
export type DistanceBand = z.infer<typeof DistanceBand>;

export const TRANSPORT_MEANS = [
  'train',
  'bus',
  'car',
  'car_sharing',
  'plane',
  'boat',
  'bicycle',
  'other',
] as const;
export const TransportMeans = z.enum(TRANSPORT_MEANS);
export type TransportMeans = z.infer<typeof TransportMeans>;

/**
 * ISO 3166-1 alpha-2 officially assigned codes (249), plus XK (Kosovo), the user-assigned code the
 * European Commission and the Erasmus+ tools use.
 */
export const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT ' +
  'BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ' +
  'ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT ' +
  'HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS ' +
  'LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI ' +
  'NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG ' +
  'SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
  'UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK'
).split(' ');
const COUNTRY_SET = new Set(COUNTRY_CODES);

/** A country that exists: a two-letter code that ISO 3166-1 assigns (upper-cased), or XK. */
export const AssignedCountryCode = z
  .string()
  .trim()
  .transform((c) => c.toUpperCase())
  .refine((c) => COUNTRY_SET.has(c), {
    message: 'Use an assigned ISO 3166-1 alpha-2 country code, e.g. FI.',
  });

/**
 * A calendar date without time (`2027-03-01`), within the storable years 1900-9999 like every
 * other date of a request (see `IsoInstant` in common.ts).
 */
export const PlainDate = z.iso.date({ message: 'Use a date such as 2027-03-01.' }).refine(
  (d) => {
    const t = Date.parse(d);
    return t >= EARLIEST_INSTANT && t <= LATEST_INSTANT;
  },
  { message: DATE_RANGE_MESSAGE },
);

export const DateRange = z.object({ from: PlainDate, to: PlainDate });
export type DateRange = z.infer<typeof DateRange>;

const Text = (max: number) => z.string().trim().min(1).max(max);

export const HostOrganisation = z.object({
  name: Text(200),
  country: AssignedCountryCode,
  city: Text(100),
  address: Text(300),
  website: z
    .url({ protocol: /^https?$/, message: 'Use a web address starting with http:// or https://.' })
    .max(500),
  /** Erasmus+ Organisation ID, e.g. E10012345. */
  oid: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^E\d{8}$/, { message: 'An OID is E followed by eight digits, e.g. E10012345.' })
    .nullable()
    .default(null),
});
export type HostOrganisation = z.infer<typeof HostOrganisation>;

export const HostMentor = z.object({
  name: PersonName,
  role: Text(200),
  email: Email,
  /** The language of the mentor's e-mails and pages: one of the eight. */
  language: Locale,
});
export type HostMentor = z.infer<typeof HostMentor>;

/**
 * The fields of a mobility record. Health or special-needs data has no field here and is never
 * stored: unknown keys are dropped by the schema.
 */
const MobilityFields = z.object({
  /** A member of the sending organisation. */
  participantId: Uuid,
  activityType: MobilityActivityType,
  /** The grant agreement number of the project, e.g. 2026-1-IT01-KA121-VET-000123456. */
  projectNumber: Text(60),
  /** Unique within the project of the sending organisation. */
  mobilityId: Text(60),
  host: HostOrganisation,
  mentor: HostMentor,
  /** First and last day of the activity abroad, travel excluded. */
  startDate: PlainDate,
  endDate: PlainDate,
  travelDaysBefore: z.number().int().min(0).max(6).default(0),
  travelDaysAfter: z.number().int().min(0).max(6).default(0),
  transport: TransportMeans,
  greenTravel: z.boolean().default(false),
  distanceBand: DistanceBand,
  /** Days within the activity when it was interrupted (not counted in its duration). */
  interruptions: z.array(DateRange).max(20).default([]),
});

export const CreateMobilityRequest = MobilityFields;
export type CreateMobilityRequest = z.input<typeof CreateMobilityRequest>;

/** A participant's own draft, in an organisation they belong to. */
export const CreateOwnMobilityRequest = MobilityFields.omit({ participantId: true }).extend({
  organisationId: Uuid,
});
export type CreateOwnMobilityRequest = z.input<typeof CreateOwnMobilityRequest>;

/** Partial: only the fields sent change. Nested host and mentor are replaced whole. */
export const UpdateMobilityRequest = z.object({
  participantId: Uuid.optional(),
  activityType: MobilityActivityType.optional(),
  projectNumber: Text(60).optional(),
  mobilityId: Text(60).optional(),
  host: HostOrganisation.optional(),
  mentor: HostMentor.optional(),
  startDate: PlainDate.optional(),
  endDate: PlainDate.optional(),
  travelDaysBefore: z.number().int().min(0).max(6).optional(),
  travelDaysAfter: z.number().int().min(0).max(6).optional(),
  transport: TransportMeans.optional(),
  greenTravel: z.boolean().optional(),
  distanceBand: DistanceBand.optional(),
  interruptions: z.array(DateRange).max(20).optional(),
});
export type UpdateMobilityRequest = z.input<typeof UpdateMobilityRequest>;

export const ChangeMobilityStatusRequest = z.object({
  to: MobilityStatus,
  note: z.string().trim().max(1000).optional(),
});
export type ChangeMobilityStatusRequest = z.input<typeof ChangeMobilityStatusRequest>;

export const MobilityListQuery = PageQuery.extend({
  status: MobilityStatus.optional(),
  /** Mobilities whose activity starts in this year. */
  year: z.coerce.number().int().min(1900).max(9999).optional(),
  activityType: MobilityActivityType.optional(),
  participantId: Uuid.optional(),
});
export type MobilityListQuery = z.infer<typeof MobilityListQuery>;

export interface MobilityView {
  id: string;
  organisationId: string;
  participant: { id: string; name: string; email: string };
  activityType: MobilityActivityType;
  projectNumber: string;
  mobilityId: string;
  host: HostOrganisation;
  mentor: HostMentor;
  startDate: string;
  endDate: string;
  travelDaysBefore: number;
  travelDaysAfter: number;
  transport: TransportMeans;
  greenTravel: boolean;
  distanceBand: DistanceBand;
  interruptions: DateRange[];
  status: MobilityStatus;
  /** Activity days minus interruption days; travel days excluded. */
  durationDays: number;
  /** Travel days before and after, up to 2 (6 with green travel). */
  fundedTravelDays: number;
  createdAt: string;
  updatedAt: string;
}

export interface MobilityStatusChangeView {
  id: string;
  from: MobilityStatus | null;
  to: MobilityStatus;
  by: { id: string; name: string } | null;
  at: string;
  note: string | null;
}
