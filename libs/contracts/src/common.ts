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
