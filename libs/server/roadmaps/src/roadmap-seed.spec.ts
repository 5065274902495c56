import type { FocusAreaCandidate } from '@campus/contracts';
import { seedObjectives } from './roadmap-seed';

const area = (
  key: string,
  score: number | null,
  statements: [string, number][] = [],
): FocusAreaCandidate => ({
  key,
  title: `Area ${key}`,
  topic: key,
  score,
  weakestStatements: statements.map(([text, s], i) => ({ key: `${key}-${i}`, text, score: s })),
});

describe('seedObjectives', () => {
  it('makes one objective per picked area, in order, from its score to one point more', () => {
    const seeded = seedObjectives(
      [
        area('recognition', 2.25, [
          ['Outcomes are recognised', 1.8],
          ['Learning agreements are used', 2.1],
        ]),
        area('inclusion', 3.4),
      ],
      'Autumn round',
      'en',
    );
    expect(seeded.map((o) => [o.areaKey, o.title, o.baseline, o.target, o.actions.length])).toEqual([
      ['recognition', 'Area recognition', 2.25, 3.25, 2],
      ['inclusion', 'Area inclusion', 3.4, 4.4, 2],
    ]);
    expect(seeded[0].explanation).toBe(
      'Chosen from the self-assessment "Autumn round", where this area scored 2.25 of 5. Weakest statements: "Outcomes are recognised" (1.80); "Learning agreements are used" (2.10).',
    );
    expect(seeded[0].actions[0]).toBe(
      'Discuss the results for Area recognition with the staff and agree on priorities',
    );
  });

  it('never sets a target above 5, and leaves both empty for an area without a score', () => {
    const [high, unscored] = seedObjectives(
      [area('strategy', 4.6, [['x', 4.6]]), area('office', null)],
      'R',
      'de',
    );
    expect([high.baseline, high.target]).toEqual([4.6, 5]);
    expect([unscored.baseline, unscored.target]).toEqual([null, null]);
    expect(unscored.explanation).toContain('zu wenige Antworten');
    expect(high.indicator).toBe(
      'Mittlere Bewertung des Bereichs in der nächsten Selbstevaluation der Schule (1-5)',
    );
  });
});
