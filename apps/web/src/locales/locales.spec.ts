import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, type Locale } from '@campus/contracts';
import i18n, { FALLBACK_LOCALE, NAMESPACES, setLocale } from '../i18n';

/**
 * Every translation has the same keys as English, keeps its placeholders, and is really translated.
 * The namespaces are the files of `locales/en/`, so a new English file needs its translations too.
 */
type Tree = { [key: string]: string | Tree };

const NAMESPACE_FILES = readdirSync(join(__dirname, FALLBACK_LOCALE))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();
const TRANSLATIONS = LOCALES.filter((l) => l !== FALLBACK_LOCALE);

/** At most this share of a language's texts may read exactly as in English. */
const MAX_SHARE_AS_ENGLISH = 0.2;
/** Names that stay as they are in every language. */
const PROPER_NAMES = ['Campus', 'VET', 'CSV', 'IP'];

function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
    } else {
      out.set(`${prefix}${key}`, value);
    }
  }
  return out;
}

function bundle(locale: Locale, namespace: string): Map<string, unknown> {
  const file = join(__dirname, locale, `${namespace}.json`);
  if (!existsSync(file)) return new Map();
  return flatten(JSON.parse(readFileSync(file, 'utf8')) as Tree);
}

/** Interpolations (`{{count}}`, `{{ name, uppercase }}`), nestings (`$t(key)`) and `<0>…</0>` markup. */
function placeholders(text: string): string[] {
  const tokens = [
    ...[...text.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((m) => `{{${m[1]}}}`),
    ...(text.match(/\$t\([^)]*\)/g) ?? []),
    ...(text.match(/<\/?\d+\s*\/?>/g) ?? []),
  ];
  return tokens.sort();
}

/** Texts that read the same in every language: only placeholders, numbers, punctuation and names. */
function isLanguageNeutral(text: string): boolean {
  let rest = text.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\d+\s*\/?>/g, ' ');
  for (const name of PROPER_NAMES) rest = rest.replace(new RegExp(`\\b${name}\\b`, 'g'), ' ');
  return !/\p{L}/u.test(rest);
}

function describeSame(what: string, share: number, same: string[]): string {
  const listed = same.slice(0, 12).join(', ') + (same.length > 12 ? ` and ${same.length - 12} more` : '');
  return `${Math.round(share * 100)}% of ${what} reads exactly as English: ${listed}`;
}

function sameAsEnglish(locale: Locale, namespaces: readonly string[]) {
  const same: string[] = [];
  let counted = 0;
  for (const ns of namespaces) {
    const english = bundle(FALLBACK_LOCALE, ns);
    const translated = bundle(locale, ns);
    for (const [key, en] of english) {
      if (typeof en !== 'string' || isLanguageNeutral(en)) continue;
      counted++;
      if (translated.get(key) === en) same.push(`${ns}:${key}`);
    }
  }
  return { same, counted, share: counted ? same.length / counted : 0 };
}

describe('translations', () => {
  it('bundles every namespace file that i18n loads', () => {
    expect(NAMESPACE_FILES).toEqual([...NAMESPACES].sort());
  });

  it.each(TRANSLATIONS)('%s has the same namespace files as English', (locale) => {
    const dir = join(__dirname, locale);
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
    expect(files.map((f) => f.slice(0, -'.json'.length)).sort()).toEqual(NAMESPACE_FILES);
  });

  describe.each(NAMESPACE_FILES)('%s.json', (namespace) => {
    const english = bundle(FALLBACK_LOCALE, namespace);

    it('English has only non-empty strings', () => {
      const bad = [...english].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
      expect(bad).toEqual([]);
    });

    it.each(TRANSLATIONS)('%s has exactly the English keys', (locale) => {
      const translated = bundle(locale, namespace);
      const missing = [...english.keys()].filter((k) => !translated.has(k));
      const extra = [...translated.keys()].filter((k) => !english.has(k));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it.each(TRANSLATIONS)('%s has non-empty strings with the English placeholders', (locale) => {
      const translated = bundle(locale, namespace);
      const problems: string[] = [];
      for (const [key, value] of translated) {
        const en = english.get(key);
        if (typeof value !== 'string' || value.trim() === '') {
          problems.push(`${key}: not a text`);
        } else if (typeof en === 'string' && placeholders(value).join(' ') !== placeholders(en).join(' ')) {
          problems.push(`${key}: ${placeholders(value).join(' ')} ≠ English ${placeholders(en).join(' ')}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it.each(TRANSLATIONS)('%s is translated, not copied from English', (locale) => {
      const { same, share } = sameAsEnglish(locale, [namespace]);
      if (share > MAX_SHARE_AS_ENGLISH) {
        throw new Error(describeSame(`${locale}/${namespace}.json`, share, same));
      }
    });
  });

  it.each(TRANSLATIONS)('%s as a whole reads as English in at most 20% of its texts', (locale) => {
    const { same, share, counted } = sameAsEnglish(locale, NAMESPACE_FILES);
    expect(counted).toBeGreaterThan(0);
    if (share > MAX_SHARE_AS_ENGLISH) {
      throw new Error(describeSame(locale, share, same));
    }
  });

  describe('the checks themselves', () => {
    it('find placeholders and markup', () => {
      expect(placeholders('Page {{page}} of {{ pageCount }} · <0>{{count, number}}</0> $t(other)')).toEqual(
        ['$t(other)', '</0>', '<0>', '{{count}}', '{{page}}', '{{pageCount}}'].sort(),
      );
    });

    it('treat placeholder-only texts and names as neutral, words as not', () => {
      expect(isLanguageNeutral('{{page}} · Campus')).toBe(true);
      expect(isLanguageNeutral('{{city}}, {{country}}')).toBe(true);
      expect(isLanguageNeutral('Status')).toBe(false);
    });
  });
});

describe('loading a translation', () => {
  afterEach(async () => {
    await setLocale(FALLBACK_LOCALE);
    localStorage.clear();
  });

  it.each(TRANSLATIONS)('%s loads on demand and sets <html lang>', async (locale) => {
    await setLocale(locale);
    expect(i18n.resolvedLanguage).toBe(locale);
    expect(document.documentElement.lang).toBe(locale);
    for (const ns of NAMESPACES) expect(i18n.hasResourceBundle(locale, ns)).toBe(true);
    const english = i18n.getFixedT(FALLBACK_LOCALE);
    expect(i18n.t('nav.signOut')).not.toBe(english('nav.signOut'));
    expect(i18n.t('auth:signIn.submitWait', { count: 5 })).toContain('5');
    // Plural forms come from the language's own `_one` / `_other` texts.
    const admin = bundle(locale, 'admin');
    expect(i18n.t('admin:organisations.caption', { count: 1 })).toBe(
      String(admin.get('organisations.caption_one')).replace('{{count}}', '1'),
    );
    expect(i18n.t('admin:organisations.caption', { count: 3 })).toBe(
      String(admin.get('organisations.caption_other')).replace('{{count}}', '3'),
    );
  });
});
