import { MOBILITY_ACTIVITY_TYPES, type MobilityCredentialTitle } from '@campus/contracts';

/**
 * A mobility credential has no course: lists name it by activity, host and city, read from the
 * signed credential over `certificates c` (null on course certificates).
 */
export const MOBILITY_TITLE_COLUMNS = `
  c.achievement_kind AS kind,
  jsonb_path_query_first(c.credential,
    '$.credentialSubject.achievement.alignment[*] ? (@.targetType == "ext:ErasmusPlusActivityType").targetCode'
  ) #>> '{}' AS "mobilityActivityType",
  c.credential #>> '{credentialSubject,source,name}' AS "mobilityHostName",
  c.credential #>> '{credentialSubject,source,address,addressLocality}' AS "mobilityHostCity"`;

export interface MobilityTitleSource {
  kind: 'course' | 'mobility';
  mobilityActivityType: string | null;
  mobilityHostName: string | null;
  mobilityHostCity: string | null;
}

export function mobilityTitleOf(r: MobilityTitleSource): MobilityCredentialTitle | null {
  if (r.kind !== 'mobility') return null;
  return {
    activityType: MOBILITY_ACTIVITY_TYPES.find((t) => t === r.mobilityActivityType) ?? null,
    hostName: r.mobilityHostName ?? '',
    hostCity: r.mobilityHostCity ?? '',
  };
}
