import {
  AGREEMENT_TEXT_FIELDS,
  type AgreementChanges,
  type LearningAgreementContent,
  type PlannedOutcome,
} from '@campus/contracts';

/**
 * What `after` changed compared with `before`: each free-text field whose text differs, planned
 * outcomes added, removed or changed (matched by their id, which is kept across versions), and
 * languages added or removed. The order of outcomes or languages is not a change.
 */
export function agreementDiff(
  before: LearningAgreementContent,
  after: LearningAgreementContent,
): AgreementChanges {
  const beforeOutcomes = new Map(before.outcomes.map((o) => [o.id, o]));
  const afterIds = new Set(after.outcomes.map((o) => o.id));
  const beforeLanguages = new Set(before.languages);
  const afterLanguages = new Set(after.languages);
  return {
    fields: AGREEMENT_TEXT_FIELDS.filter((f) => before[f] !== after[f]).map((field) => ({
      field,
      before: before[field],
      after: after[field],
    })),
    outcomesAdded: after.outcomes.filter((o) => !beforeOutcomes.has(o.id)),
    outcomesRemoved: before.outcomes.filter((o) => !afterIds.has(o.id)),
    outcomesChanged: after.outcomes.flatMap((o) => {
      const old = beforeOutcomes.get(o.id);
      return old && !sameOutcome(old, o) ? [{ id: o.id, before: old, after: o }] : [];
    }),
    languagesAdded: after.languages.filter((l) => !beforeLanguages.has(l)),
    languagesRemoved: before.languages.filter((l) => !afterLanguages.has(l)),
  };
}

/** True when the diff shows nothing (a reordering alone is no change). */
export function isNoChange(changes: AgreementChanges): boolean {
  return (
    changes.fields.length +
      changes.outcomesAdded.length +
      changes.outcomesRemoved.length +
      changes.outcomesChanged.length +
      changes.languagesAdded.length +
      changes.languagesRemoved.length ===
    0
  );
}

/** The same content, in the same order (jsonb does not keep the order of keys, so no text compare). */
export function sameContent(a: LearningAgreementContent, b: LearningAgreementContent): boolean {
  return (
    isNoChange(agreementDiff(a, b)) &&
    a.outcomes.map((o) => o.id).join() === b.outcomes.map((o) => o.id).join() &&
    a.languages.join() === b.languages.join()
  );
}

function sameOutcome(a: PlannedOutcome, b: PlannedOutcome): boolean {
  return a.statement === b.statement && (a.category ?? null) === (b.category ?? null);
}
