import { z } from 'zod';

/** The eight languages of the UI and of e-mails. */
export const LOCALES = ['en', 'it', 'fi', 'pt', 'el', 'de', 'es', 'sv'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

export const ROLES = ['learner', 'trainer', 'manager'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const Email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'Enter a valid e-mail address.' }))
  .transform((e) => e.toLowerCase());

export const MIN_PASSWORD_LENGTH = 12;
export const Password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { message: `Use at least ${MIN_PASSWORD_LENGTH} characters.` })
  .max(256, { message: 'Use at most 256 characters.' });

export const PersonName = z.string().trim().min(1, { message: 'Enter a name.' }).max(200);

function isIanaTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
export const TimeZone = z
  .string()
  .max(64)
  .refine(isIanaTimeZone, { message: 'Use an IANA time zone such as Europe/Rome.' });

/** ISO 3166-1 alpha-2, upper case. */
export const CountryCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, { message: 'Use a two-letter ISO 3166 country code.' })
  .transform((c) => c.toUpperCase());

export const Uuid = z.uuid({ message: 'Must be a UUID.' });

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type PageQuery = z.infer<typeof PageQuery>;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Single-use tokens from e-mailed links: base64url, 43 characters for 32 random bytes. */
export const LinkToken = z.string().trim().min(20).max(200);

/**
 * Instants a client may send: 1900-01-01 to 9999-12-31 (UTC). PostgreSQL refuses year 0
 * (`0000-01-01` is a 22008 error, not a date), JavaScript writes years past 9999 as `+010000-…`,
 * which no ISO 8601 schema here reads back, and nothing in this domain (course runs, quiz windows,
 * certificates) lies before 1900. Every date or date-time field of a request uses these.
 */
export const EARLIEST_INSTANT = Date.UTC(1900, 0, 1);
export const LATEST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
export const DATE_RANGE_MESSAGE = 'Use a date between the years 1900 and 9999.';
const storable = (value: string) => {
  const t = Date.parse(value);
  return t >= EARLIEST_INSTANT && t <= LATEST_INSTANT;
};

/** An ISO 8601 date-time with an offset (`2027-03-01T09:00:00Z`), within the storable years. */
export const IsoInstant = z.iso
  .datetime({ offset: true, message: 'Use an ISO 8601 date-time, e.g. 2027-03-01T09:00:00Z.' })
  .refine(storable, { message: DATE_RANGE_MESSAGE });

/** A date (`2027-03-01`, midnight UTC) or a date-time with an offset, within the storable years. */
export const IsoDateOrInstant = z.iso
  .date()
  .or(z.iso.datetime({ offset: true }))
  .refine(storable, { message: DATE_RANGE_MESSAGE });
