import { z } from 'zod';
import { Locale, type Locale as LocaleCode } from './common';

/**
 * School self-assessment (issue 11): frameworks of areas and statements scored 1-5, written by
 * platform admins in versions and translated into the eight languages; a school's rounds of
 * anonymous answers; and the results the roadmap is built from.
 */

/** Who answers a round. Persisted: never rename one. */
export const RESPONDENT_GROUPS = [
  'leaders',
  'teachers',
  'administrative_staff',
  'learners',
  'company_trainers',
  'partner_schools',
] as const;
export const RespondentGroup = z.enum(RESPONDENT_GROUPS);
export type RespondentGroup = z.infer<typeof RespondentGroup>;

/** A statement's score: 1 (not at all true of our school) to 5 (fully true); 0 = does not apply. */
export const Score = z.number().int().min(0).max(5);
export const DOES_NOT_APPLY = 0;

/** Results of a group show once this many of its members answered (a round may ask for more). */
export const MIN_GROUP_SIZE = 3;
/** The peer median shows once this many schools have a closed round of the framework. */
export const MIN_PEER_SCHOOLS = 5;
/** Questions a school may add to a round of its own. */
export const MAX_CUSTOM_QUESTIONS = 8;

const Key = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Use lower-case letters, digits and single hyphens.' });

/**
 * A text in several languages: `{en: '…', fi: '…'}`. The framework's source language is required
 * (checked with the content); the others may be missing and then fall back to the source text.
 */
export const Translations = z.partialRecord(Locale, z.string().trim().min(1).max(2000));
export type Translations = z.infer<typeof Translations>;

export const FrameworkStatement = z.object({ key: Key, text: Translations });
export type FrameworkStatement = z.infer<typeof FrameworkStatement>;

export const FrameworkArea = z.object({
  key: Key,
  title: Translations,
  description: Translations.default({}),
  /** The course (and library) topic recommended for this area, as `courses.topics` holds it. */
  topic: z.string().trim().toLowerCase().min(1).max(60),
  statements: z.array(FrameworkStatement).min(1).max(30),
});
export type FrameworkArea = z.infer<typeof FrameworkArea>;

/** What a framework version says. Keys are unique across the whole version (areas and statements). */
export const FrameworkContent = z
  .object({
    sourceLocale: Locale,
    title: Translations,
    description: Translations.default({}),
    areas: z.array(FrameworkArea).min(1).max(20),
  })
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    const missing = (t: Translations, path: (string | number)[]) => {
      if (!t[c.sourceLocale])
        ctx.addIssue({
          code: 'custom',
          path,
          message: `Give the text in ${c.sourceLocale}, the source language.`,
        });
    };
    missing(c.title, ['title']);
    c.areas.forEach((area, a) => {
      missing(area.title, ['areas', a, 'title']);
      for (const [key, path] of [
        [area.key, ['areas', a, 'key']] as const,
        ...area.statements.map((s, i) => [s.key, ['areas', a, 'statements', i, 'key']] as const),
      ]) {
        if (seen.has(key))
          ctx.addIssue({ code: 'custom', path: [...path], message: `The key ${key} is used twice.` });
        seen.add(key);
      }
      area.statements.forEach((s, i) => missing(s.text, ['areas', a, 'statements', i, 'text']));
    });
  });
export type FrameworkContent = z.infer<typeof FrameworkContent>;

export const FRAMEWORK_VERSION_STATUSES = ['draft', 'published', 'retired'] as const;
export type FrameworkVersionStatus = (typeof FRAMEWORK_VERSION_STATUSES)[number];

/** The text in `locale`, else in the source language. */
export function translated(t: Translations, locale: LocaleCode, sourceLocale: LocaleCode): string {
  return t[locale] ?? t[sourceLocale] ?? '';
}

/** Per area and group, as the results page and the roadmap read them. Scores are means, 2 decimals. */
export interface AreaResult {
  key: string;
  title: string;
  topic: string;
  /** Mean of every score given in the area (0s left out); null while fewer than the minimum answered. */
  score: number | null;
  /** Only groups with at least the minimum number of respondents have a number. */
  byGroup: Partial<Record<RespondentGroup, number | null>>;
  /** Highest minus lowest of the groups shown; null with fewer than two groups shown. */
  spread: number | null;
  /** The school's earlier closed rounds of the same framework, oldest first. */
  earlier: { roundId: string; title: string; closedAt: string; score: number | null }[];
  /** Median of all schools' latest closed round; null until MIN_PEER_SCHOOLS schools have one. */
  peerMedian: number | null;
  statements: {
    key: string;
    text: string;
    score: number | null;
    byGroup: Partial<Record<RespondentGroup, number | null>>;
    doesNotApply: number;
  }[];
}

export interface RoundResultsView {
  roundId: string;
  title: string;
  status: 'open' | 'closed';
  closedAt: string | null;
  /** The school the round belongs to (the PDF for its board names it). */
  organisationName: string;
  /** The language the texts below are in. */
  locale: LocaleCode;
  framework: { id: string; slug: string; versionId: string; version: number; title: string };
  minGroupSize: number;
  respondents: { total: number; byGroup: { group: RespondentGroup; count: number; shown: boolean }[] };
  areas: AreaResult[];
  customQuestions: {
    key: string;
    text: string;
    score: number | null;
    byGroup: Partial<Record<RespondentGroup, number | null>>;
  }[];
  peers: { schools: number; shown: boolean };
}
