import { randomUUID } from 'node:crypto';
import { LearningAgreementContent } from './mobility-records';

describe('LearningAgreementContent', () => {
  const content = (ids: string[]) => ({
    objectives: 'Learn how the host school runs its international office.',
    outcomes: ids.map((id, i) => ({ id, statement: `Outcome ${i + 1}`, category: null })),
    tasks: 'Shadow the coordinator.',
    languages: ['en'],
    mentoring: 'Daily check-in.',
    recognition: 'Staff development plan.',
  });

  it('takes planned outcomes with their own ids', () => {
    expect(LearningAgreementContent.safeParse(content([randomUUID(), randomUUID()])).success).toBe(true);
  });

  it('refuses two outcomes with one id, also when one is written in capitals', () => {
    const id = randomUUID();
    for (const ids of [
      [id, id],
      [id, id.toUpperCase()],
    ]) {
      const parsed = LearningAgreementContent.safeParse(content(ids));
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
        ['outcomes', 'Each planned outcome needs its own id.'],
      ]);
    }
  });
});
