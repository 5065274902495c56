import type { QuestionContent } from '@campus/contracts';

/**
 * A number as learners type it: optional sign ("+", "-" or the minus sign U+2212), digits with at
 * most one "." or "," as the decimal separator (no thousands separators: "1.234,5" is refused as
 * ambiguous, and "1,234" reads as 1.234), an optional exponent ("e" or "E", optional sign, digits),
 * then the rest of the text, which is the unit (with or without a space before it). The unit may
 * not start with a digit, sign, "." or ",": that is a malformed number, not a unit.
 */
const NUMBER = /^([+\-\u2212]?)(\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE]([+-]?\d+))?(.*)$/su;
const MALFORMED_UNIT_START = /^\s*[\d.,+\-\u2212]/u;

export interface TypedNumber {
  value: number;
  /** Trimmed text after the number; '' when none. */
  unit: string;
}

/** Reads "12,5 kg", "-3e-2", ".5m"; null when the text is not a finite number (plus unit). */
export function readTypedNumber(text: string): TypedNumber | null {
  const match = NUMBER.exec(text.trim());
  if (match === null) return null;
  const [, sign = '', digits = '', exponent, rest = ''] = match;
  if (MALFORMED_UNIT_START.test(rest)) return null;
  const negative = sign === '-' || sign === '\u2212';
  const magnitude = Number(`${digits.replace(',', '.')}${exponent === undefined ? '' : `e${exponent}`}`);
  const value = negative ? -magnitude : magnitude;
  if (!Number.isFinite(value)) return null;
  return { value, unit: rest.trim() };
}

/**
 * The learner's value in the question's base unit, or null when it scores 0 whatever the answer:
 * - no number can be read;
 * - a unit is written that is not one of `units` (compared case-sensitively, trimmed), including
 *   any unit at all when the question defines none;
 * - no unit is written while `unitRequired` and the question defines units.
 * A written unit divides the number by its `factor` (factor = how many of that unit make one base
 * unit, e.g. 100 for "cm" when the base is metres); no unit means the base unit.
 */
export function readNumericResponse(content: QuestionContent<'numeric'>, text: string): number | null {
  const typed = readTypedNumber(text);
  if (typed === null) return null;
  if (typed.unit === '') {
    return content.unitRequired && content.units.length > 0 ? null : typed.value;
  }
  const unit = content.units.find((u) => u.unit === typed.unit);
  return unit === undefined ? null : typed.value / unit.factor;
}

/**
 * 1 when |value − answer| ≤ tolerance + 1e-9 × max(1, |answer|) for any accepted answer, else 0. The
 * small relative slack absorbs binary floating-point error ("0.3" vs 0.1 + 0.2, unit factors).
 */
export function gradeNumeric(content: QuestionContent<'numeric'>, text: string): number {
  const value = readNumericResponse(content, text);
  if (value === null) return 0;
  const within = content.answers.some(
    (a) => Math.abs(value - a.value) <= a.tolerance + 1e-9 * Math.max(1, Math.abs(a.value)),
  );
  return within ? 1 : 0;
}
