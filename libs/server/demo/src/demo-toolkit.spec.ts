import { DEMO_TOOLKIT_ROUNDS, demoResponses, seededRandom } from './demo-toolkit';

const AREAS = ['strategy-leadership', 'partnerships', 'recognition', 'inclusion'].map((key) => ({
  key,
  statements: [1, 2, 3, 4, 5].map((n) => ({ key: `${key}-${n}` })),
}));

function areaMean(responses: ReturnType<typeof demoResponses>, area: string): number {
  const scores = responses.flatMap((r) =>
    Object.entries(r.answers)
      .filter(([key, score]) => key.startsWith(`${area}-`) && score > 0)
      .map(([, score]) => score),
  );
  return scores.reduce((a, b) => a + b, 0) / scores.length;
}

describe('demo self-assessment responses', () => {
  const autumn = DEMO_TOOLKIT_ROUNDS[0];

  it('are the same on every run', () => {
    expect(demoResponses(autumn, AREAS)).toEqual(demoResponses(autumn, AREAS));
    expect(seededRandom(1)()).toBe(seededRandom(1)());
  });

  it('answer every statement with 0-5 and come in the round groups sizes', () => {
    const responses = demoResponses(autumn, AREAS);
    expect(responses).toHaveLength(25);
    for (const r of responses) {
      expect(Object.keys(r.answers)).toHaveLength(20);
      expect(Object.values(r.answers).every((s) => Number.isInteger(s) && s >= 0 && s <= 5)).toBe(true);
      expect(Object.keys(r.customAnswers)).toEqual(['q1']);
      expect(r.daysAgo).toBeGreaterThanOrEqual(autumn.closedDaysAgo!);
      expect(r.daysAgo).toBeLessThan(autumn.openedDaysAgo);
    }
  });

  it('make recognition and inclusion clearly weaker than partnerships in the autumn round', () => {
    const responses = demoResponses(autumn, AREAS);
    expect(areaMean(responses, 'partnerships') - areaMean(responses, 'recognition')).toBeGreaterThan(1);
    expect(areaMean(responses, 'partnerships') - areaMean(responses, 'inclusion')).toBeGreaterThan(1);
  });
});
