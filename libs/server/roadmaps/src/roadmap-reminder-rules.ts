/** An owner hears of an action this many days before it is due. */
export const REMIND_DAYS_BEFORE = 3;

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The due dates a pass on `today` (a UTC plain date) reminds of: from the day the action became
 * overdue (the day after its due date) to REMIND_DAYS_BEFORE days ahead. An action assigned or
 * moved closer than that is reminded of at the next pass; one long overdue is not (its owner was
 * reminded when it fell due, or it predates the owner). Each (action, due date) is reminded once.
 */
export function reminderWindow(today: string): { from: string; to: string } {
  return { from: addDays(today, -1), to: addDays(today, REMIND_DAYS_BEFORE) };
}

/** `sent_reminders.occasion` of an action's reminder: a new due date is a new occasion. */
export const actionDueOccasion = (actionId: string, dueOn: string) => `${actionId}:${dueOn}`;
