import type { FrameworkContent, Locale, Translations } from '@campus/contracts';
import { DE } from './de';
import { EL } from './el';
import { EN } from './en';
import { ES } from './es';
import { FI } from './fi';
import { IT } from './it';
import { PT } from './pt';
import { type FrameworkTexts, SHIPPED_AREAS, statementKeys } from './structure';
import { SV } from './sv';

/**
 * The framework every installation ships with: internationalisation of VET schools in nine areas,
 * written for this platform from the themes of InterVET, IINTOS, BE+ and the Erasmus accreditation.
 * `ensureShippedFramework` inserts it as version 1 under this slug when the slug is missing.
 */
export const SHIPPED_FRAMEWORK_SLUG = 'vet-internationalisation';

export const SHIPPED_FRAMEWORK_TEXTS: Record<Locale, FrameworkTexts> = {
  en: EN,
  it: IT,
  fi: FI,
  pt: PT,
  el: EL,
  de: DE,
  es: ES,
  sv: SV,
};

function inEveryLanguage(pick: (texts: FrameworkTexts) => string): Translations {
  const entries = Object.entries(SHIPPED_FRAMEWORK_TEXTS).map(([locale, texts]) => [locale, pick(texts)]);
  return Object.fromEntries(entries) as Translations;
}

export const SHIPPED_FRAMEWORK_CONTENT: FrameworkContent = {
  sourceLocale: 'en',
  title: inEveryLanguage((t) => t.title),
  description: inEveryLanguage((t) => t.description),
  areas: SHIPPED_AREAS.map((area) => ({
    key: area.key,
    topic: area.topic,
    title: inEveryLanguage((t) => t.areas[area.key].title),
    description: inEveryLanguage((t) => t.areas[area.key].description),
    statements: statementKeys(area).map((key) => ({
      key,
      text: inEveryLanguage((t) => t.statements[key]),
    })),
  })),
};
