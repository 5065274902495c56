import type { z } from 'zod';
import type {
  CreateMobilityRequest,
  DistanceBand,
  Locale,
  MobilityView,
  TransportMeans,
  UpdateMobilityRequest,
} from '@campus/contracts';
import type { Mobility } from '@campus/server-db';
import { durationDays, fundedTravelDays } from './mobility-rules';

/** A create request after parsing (defaults applied). */
export type MobilityInput = z.output<typeof CreateMobilityRequest>;
export type MobilityPatch = z.output<typeof UpdateMobilityRequest>;

/** A mobility record as the rules and the view see it, whatever its columns. */
export function recordOf(row: Mobility): MobilityInput {
  return {
    participantId: row.participantId,
    activityType: row.activityType,
    projectNumber: row.projectNumber,
    mobilityId: row.mobilityCode,
    host: {
      name: row.hostName,
      country: row.hostCountry,
      city: row.hostCity,
      address: row.hostAddress,
      website: row.hostWebsite,
      oid: row.hostOid,
    },
    mentor: {
      name: row.mentorName,
      role: row.mentorRole,
      email: row.mentorEmail,
      language: row.mentorLanguage as Locale,
    },
    startDate: row.startDate,
    endDate: row.endDate,
    travelDaysBefore: row.travelDaysBefore,
    travelDaysAfter: row.travelDaysAfter,
    transport: row.transport as TransportMeans,
    greenTravel: row.greenTravel,
    distanceBand: row.distanceBand as DistanceBand,
    interruptions: row.interruptions,
  };
}

/** The record with the fields of a partial update applied (nested host and mentor replaced whole). */
export function applyUpdate(record: MobilityInput, patch: MobilityPatch): MobilityInput {
  const next: MobilityInput = { ...record };
  for (const key of Object.keys(patch) as (keyof MobilityPatch)[]) {
    if (patch[key] !== undefined) Object.assign(next, { [key]: patch[key] });
  }
  return next;
}

/** Columns of a record, for insert or update. */
export function columnsOf(r: MobilityInput): Partial<Mobility> {
  return {
    participantId: r.participantId,
    activityType: r.activityType,
    projectNumber: r.projectNumber,
    mobilityCode: r.mobilityId,
    hostName: r.host.name,
    hostCountry: r.host.country,
    hostCity: r.host.city,
    hostAddress: r.host.address,
    hostWebsite: r.host.website,
    hostOid: r.host.oid ?? null,
    mentorName: r.mentor.name,
    mentorRole: r.mentor.role,
    mentorEmail: r.mentor.email,
    mentorLanguage: r.mentor.language,
    startDate: r.startDate,
    endDate: r.endDate,
    travelDaysBefore: r.travelDaysBefore,
    travelDaysAfter: r.travelDaysAfter,
    transport: r.transport,
    greenTravel: r.greenTravel,
    distanceBand: r.distanceBand,
    // Stored sorted, so the view reads in calendar order whatever order they were sent in.
    interruptions: [...r.interruptions].sort((a, b) => a.from.localeCompare(b.from)),
  };
}

export function mobilityView(
  row: Mobility,
  participant: { id: string; name: string; email: string },
): MobilityView {
  const r = recordOf(row);
  return {
    id: row.id,
    organisationId: row.organisationId,
    participant,
    activityType: r.activityType,
    projectNumber: r.projectNumber,
    mobilityId: r.mobilityId,
    host: r.host,
    mentor: r.mentor,
    startDate: r.startDate,
    endDate: r.endDate,
    travelDaysBefore: r.travelDaysBefore,
    travelDaysAfter: r.travelDaysAfter,
    transport: r.transport,
    greenTravel: r.greenTravel,
    distanceBand: r.distanceBand,
    interruptions: r.interruptions,
    status: row.status,
    durationDays: durationDays(r),
    fundedTravelDays: fundedTravelDays(r),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
