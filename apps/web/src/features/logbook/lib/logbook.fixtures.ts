import type { CurrentUser, LogEntryView } from '@campus/contracts';

/** Test data of the logbook's specs (imported by specs only). */
export const learner: CurrentUser = {
  id: '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b',
  email: 'learner@demo.campus',
  name: 'Lea Learner',
  locale: 'en',
  timeZone: 'Europe/Helsinki',
  isPlatformAdmin: false,
  emailVerified: true,
  memberships: [],
};

/** A day's entry as the API shows it, not yet reviewed by the mentor. */
export function logEntry(date: string, over: Partial<LogEntryView> = {}): LogEntryView {
  return {
    id: `0000000${date.slice(-1)}-aaaa-4bbb-8ccc-dddddddddddd`,
    date,
    hours: 7,
    activities: `Shadowed the international coordinator on ${date}`,
    outcomeIds: [],
    reflection: '',
    mentor: { status: 'pending', comment: null, reviewedAt: null },
    evidence: [],
    createdAt: `${date}T17:00:00Z`,
    updatedAt: `${date}T17:00:00Z`,
    ...over,
  };
}
