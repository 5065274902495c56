import { LOCALES, type Locale } from '@campus/contracts';

/** Each language by its own name ("Suomi", "Ελληνικά"), as people look for their language. */
export function languageAutonym(locale: Locale): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    return locale;
  }
}

export function languageOptions() {
  return LOCALES.map((l) => ({ value: l, label: languageAutonym(l) }));
}

/** Every IANA zone the browser knows, plus the current value when it is an alias missing from the list. */
export function timeZoneOptions(current?: string) {
  let zones: string[];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  const all = new Set(zones);
  all.add('UTC');
  if (current) all.add(current);
  return [...all].sort().map((z) => ({ value: z, label: z.replace(/_/g, ' ') }));
}
