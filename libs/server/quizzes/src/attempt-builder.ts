import type { AttemptItemView, QuestionContent, QuestionType } from '@campus/contracts';
import { drawRandom, shuffleWithSeed } from '@campus/server-grading';

/** A question's current version as an attempt may use it. */
export interface BankQuestion {
  questionId: string;
  versionId: string;
  type: QuestionType;
  prompt: string;
  content: unknown;
  tags: string[];
}

export interface SlotSpec {
  position: number;
  questionId: string | null;
  tag: string | null;
  drawCount: number;
  points: number;
}

export interface PlannedItem {
  versionId: string;
  points: number;
  /** Option/item ids (or matching choice texts) in the order this attempt shows them. */
  displayOrder: string[] | null;
}

/**
 * The questions of a new attempt, all decided by its seed so a reload (or a re-run) shows the same
 * thing: fixed slots in order, tag slots drawn without repeats, then the optional shuffles.
 * Matching choices and ordering items are always shuffled: in the author's order they give the
 * answer away.
 */
export function planAttempt(
  slots: readonly SlotSpec[],
  bank: readonly BankQuestion[],
  opts: { seed: string; shuffleQuestions: boolean; shuffleOptions: boolean },
): PlannedItem[] {
  const used = new Set<string>();
  const chosen: { q: BankQuestion; points: number }[] = [];
  for (const slot of [...slots].sort((a, b) => a.position - b.position)) {
    if (slot.questionId) {
      const q = bank.find((b) => b.questionId === slot.questionId);
      if (q && !used.has(q.questionId)) {
        used.add(q.questionId);
        chosen.push({ q, points: slot.points });
      }
      continue;
    }
    const pool = bank.filter(
      (b) => !used.has(b.questionId) && slot.tag !== null && b.tags.includes(slot.tag),
    );
    for (const q of drawRandom(pool, slot.drawCount, `${opts.seed}:slot:${slot.position}`)) {
      used.add(q.questionId);
      chosen.push({ q, points: slot.points });
    }
  }
  const ordered = opts.shuffleQuestions ? shuffleWithSeed(chosen, `${opts.seed}:questions`) : chosen;
  return ordered.map(({ q, points }, i) => ({
    versionId: q.versionId,
    points,
    displayOrder: displayOrder(q, opts.shuffleOptions, `${opts.seed}:item:${i}`),
  }));
}

function displayOrder(q: BankQuestion, shuffleOptions: boolean, seed: string): string[] | null {
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const ids = (q.content as QuestionContent<'single_choice'>).options.map((o) => o.id);
      return shuffleOptions ? shuffleWithSeed(ids, seed) : ids;
    }
    case 'matching': {
      const c = q.content as QuestionContent<'matching'>;
      return shuffleWithSeed([...new Set([...c.pairs.map((p) => p.match), ...c.distractors])], seed);
    }
    case 'ordering': {
      const ids = (q.content as QuestionContent<'ordering'>).items.map((i) => i.id);
      const shuffled = shuffleWithSeed(ids, seed);
      // Never start in the right order: rotate by one if the shuffle happened to keep it.
      return shuffled.every((id, i) => id === ids[i]) ? [...ids.slice(1), ids[0]] : shuffled;
    }
    case 'true_false':
    case 'short_answer':
    case 'numeric':
    case 'essay':
      return null;
  }
}

/** What a learner sees of a question during an attempt: never the answer key or its feedback. */
export function learnerItem(
  item: {
    position: number;
    points: number;
    displayOrder: string[] | null;
    response: unknown;
    savedAt: Date | null;
  },
  q: Pick<BankQuestion, 'type' | 'prompt' | 'content'>,
): AttemptItemView {
  const base: AttemptItemView = {
    position: item.position,
    type: q.type,
    prompt: q.prompt,
    points: item.points,
    response: item.response ?? null,
    savedAt: item.savedAt?.toISOString() ?? null,
  };
  const order = item.displayOrder ?? [];
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const options = (q.content as QuestionContent<'single_choice'>).options;
      const byId = new Map(options.map((o) => [o.id, o.text]));
      const ids = order.length ? order : options.map((o) => o.id);
      return {
        ...base,
        options: ids.filter((id) => byId.has(id)).map((id) => ({ id, text: byId.get(id)! })),
      };
    }
    case 'matching': {
      const c = q.content as QuestionContent<'matching'>;
      return { ...base, prompts: c.pairs.map((p) => ({ id: p.id, text: p.prompt })), choices: order };
    }
    case 'ordering': {
      const items = (q.content as QuestionContent<'ordering'>).items;
      const byId = new Map(items.map((i) => [i.id, i.text]));
      return {
        ...base,
        items: order.filter((id) => byId.has(id)).map((id) => ({ id, text: byId.get(id)! })),
      };
    }
    case 'numeric':
      return { ...base, units: (q.content as QuestionContent<'numeric'>).units.map((u) => u.unit) };
    case 'essay':
      return { ...base, maxWords: (q.content as QuestionContent<'essay'>).maxWords };
    case 'true_false':
    case 'short_answer':
      return base;
  }
}
