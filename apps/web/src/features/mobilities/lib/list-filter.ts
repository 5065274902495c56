import { MobilityListQuery } from '@campus/contracts';
import type { MobilityListFilter } from '../api/mobilities.api';

export const MOBILITY_FILTERS = ['status', 'year', 'activityType', 'participantId'] as const;
export type MobilityFilterKey = (typeof MOBILITY_FILTERS)[number];

/** The URL's filter values as the API's filters; a malformed one (an edited link) is left out. */
export function toListFilter(values: Record<MobilityFilterKey, string>): MobilityListFilter {
  const filter: MobilityListFilter = {};
  for (const key of MOBILITY_FILTERS) {
    if (!values[key]) continue;
    const one = MobilityListQuery.pick({ [key]: true } as Record<MobilityFilterKey, true>).safeParse({
      [key]: values[key],
    });
    if (one.success) Object.assign(filter, one.data);
  }
  return filter;
}

/** Erasmus+ began in 2014; records are planned up to two years ahead. */
export function yearOptions(now: Date, selected: string): string[] {
  const years: string[] = [];
  for (let y = now.getFullYear() + 2; y >= 2014; y--) years.push(String(y));
  if (/^\d{4}$/.test(selected) && !years.includes(selected)) years.push(selected);
  return years;
}
