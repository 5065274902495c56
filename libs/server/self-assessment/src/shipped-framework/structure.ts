/**
 * The shape of the shipped framework: its areas in order, the course topic each recommends and how
 * many statements it has. Statement keys are `<area-key>-<n>`; rounds store answers under them, so
 * never renumber or reuse one (add a new number instead).
 */
export const SHIPPED_AREAS = [
  { key: 'strategy-leadership', topic: 'internationalisation strategy', statements: 5 },
  { key: 'international-office', topic: 'international office', statements: 5 },
  { key: 'staff-competences', topic: 'staff development', statements: 5 },
  { key: 'partnerships', topic: 'partnerships', statements: 5 },
  { key: 'mobility-management', topic: 'mobility', statements: 5 },
  { key: 'curriculum-integration', topic: 'curriculum', statements: 5 },
  { key: 'recognition', topic: 'recognition', statements: 5 },
  { key: 'inclusion', topic: 'inclusion', statements: 5 },
  { key: 'communication-dissemination', topic: 'dissemination', statements: 5 },
] as const;

export type ShippedAreaKey = (typeof SHIPPED_AREAS)[number]['key'];
export type ShippedStatementKey = `${ShippedAreaKey}-${1 | 2 | 3 | 4 | 5}`;

/** Every text of the framework in one language; the type makes a missing text a compile error. */
export interface FrameworkTexts {
  title: string;
  description: string;
  areas: Record<ShippedAreaKey, { title: string; description: string }>;
  statements: Record<ShippedStatementKey, string>;
}

export function statementKeys(area: (typeof SHIPPED_AREAS)[number]): ShippedStatementKey[] {
  return Array.from({ length: area.statements }, (_, i) => `${area.key}-${i + 1}` as ShippedStatementKey);
}
