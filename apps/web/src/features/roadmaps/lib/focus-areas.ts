import { MAX_FOCUS_AREAS, MIN_FOCUS_AREAS, type FocusAreaCandidate } from '@campus/contracts';

/** SELFIE's advice, which the picker starts from: the two weakest areas that have a score. */
export const SUGGESTED_FOCUS_AREAS = 2;

export function suggestedFocusAreas(areas: readonly FocusAreaCandidate[]): string[] {
  // The API lists areas weakest first, those without a score last.
  return areas
    .filter((a) => a.score !== null)
    .slice(0, SUGGESTED_FOCUS_AREAS)
    .map((a) => a.key);
}

/** Picks or unpicks an area, keeping the order picked; a pick beyond the maximum is refused. */
export function toggleFocusArea(selected: readonly string[], key: string): string[] {
  if (selected.includes(key)) return selected.filter((k) => k !== key);
  if (selected.length >= MAX_FOCUS_AREAS) return [...selected];
  return [...selected, key];
}

export function focusAreasValid(selected: readonly string[]): boolean {
  return selected.length >= MIN_FOCUS_AREAS && selected.length <= MAX_FOCUS_AREAS;
}
