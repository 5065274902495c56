/**
 * Run dates are typed as wall-clock time in the user's IANA time zone (a datetime-local field) and
 * travel as UTC ISO strings. The offset is looked up with Intl, so daylight saving is respected.
 */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function partsIn(instant: number, timeZone: string): number[] {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return [get('year'), get('month'), get('day'), get('hour'), get('minute'), get('second')];
}

/** How far the zone's wall clock is ahead of UTC at that instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const [y, mo, d, h, mi, s] = partsIn(instant, timeZone);
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(instant / 1000) * 1000;
}

/** `2027-03-01T09:00:00Z` → `2027-03-01T10:00` in Europe/Rome; '' for none. */
export function toZonedInput(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '';
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return '';
  const [y, mo, d, h, mi] = partsIn(instant, timeZone);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}`;
}

/**
 * `2027-03-01T10:00` typed in Europe/Rome → `2027-03-01T09:00:00.000Z`; null for an empty field,
 * undefined for text that is not a date-time. A time skipped by a clock change moves forward.
 */
export function fromZonedInput(local: string, timeZone: string): string | null | undefined {
  if (!local.trim()) return null;
  const m = LOCAL.exec(local.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // Two passes: the offset at the first guess may differ from the one at the answer (DST).
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return new Date(instant).toISOString();
}
