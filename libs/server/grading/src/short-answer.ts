import type { QuestionContent } from '@campus/contracts';

/**
 * The form in which a short answer and each accepted answer are compared:
 * 1. trimmed (leading and trailing whitespace never counts);
 * 2. NFC-normalised, so "é" typed as one code point or as "e" + combining accent is the same text;
 * 3. with whitespace 'collapse': every run of Unicode whitespace (JS `\s`: spaces, tabs, newlines,
 *    no-break and ideographic spaces…) becomes one ASCII space;
 * 4. unless `caseSensitive`: case-folded by `foldCase`.
 */
export function normaliseShortAnswer(
  text: string,
  rules: Pick<QuestionContent<'short_answer'>, 'caseSensitive' | 'whitespace'>,
): string {
  let result = text.trim().normalize('NFC');
  if (rules.whitespace === 'collapse') result = result.replace(/\s+/gu, ' ');
  return rules.caseSensitive ? result : foldCase(result);
}

/**
 * Locale-independent case folding. `toLowerCase` follows Unicode's default (not the server's
 * locale), but lower-cases a word-final capital sigma to "ς" and any other to "σ"; folding "ς" to
 * "σ" makes "ΟΔΟΣ", "οδος" and "οδοσ" equal. Accents are kept ("οδός" ≠ "οδος"). Re-normalising to
 * NFC because lower-casing may decompose (e.g. "İ" becomes "i" + U+0307).
 */
export function foldCase(text: string): string {
  return text.toLowerCase().replace(/ς/gu, 'σ').normalize('NFC');
}

/** 1 when the response equals any accepted answer once both are normalised, else 0. */
export function gradeShortAnswer(content: QuestionContent<'short_answer'>, text: string): number {
  const given = normaliseShortAnswer(text, content);
  if (given === '') return 0;
  return content.accepted.some((accepted) => normaliseShortAnswer(accepted, content) === given) ? 1 : 0;
}
