import type { QuestionnaireView } from '@campus/contracts';
import {
  areaProgress,
  firstUnanswered,
  NO_ANSWERS,
  overallProgress,
  sectionCount,
  toSubmitRequest,
} from './questionnaire-form';

const q: QuestionnaireView = {
  roundId: 'r1',
  roundTitle: 'Spring round',
  organisationName: 'Istituto Aldini',
  respondentGroup: 'teachers',
  locale: 'en',
  roundLocale: 'it',
  closesAt: null,
  framework: { title: 'VET', description: '' },
  areas: [
    {
      key: 'a',
      title: 'A',
      description: '',
      statements: [
        { key: 'a1', text: 'A1' },
        { key: 'a2', text: 'A2' },
      ],
    },
    { key: 'b', title: 'B', description: '', statements: [{ key: 'b1', text: 'B1' }] },
  ],
  customQuestions: [{ key: 'q1', text: 'Own?' }],
};

describe('questionnaire form logic', () => {
  it('counts progress per area and overall, "does not apply" (0) as an answer', () => {
    const answers = { statements: { a1: 0 }, custom: {} };
    expect(areaProgress(q.areas[0], answers)).toEqual({ answered: 1, total: 2 });
    expect(overallProgress(q, answers)).toEqual({ answered: 1, total: 4 });
    expect(sectionCount(q)).toBe(3);
    expect(sectionCount({ ...q, customQuestions: [] })).toBe(2);
  });

  it('finds the first unanswered question, areas before the school’s own questions', () => {
    expect(firstUnanswered(q, NO_ANSWERS)).toEqual({ section: 0, key: 'a1' });
    expect(firstUnanswered(q, { statements: { a1: 3, a2: 4 }, custom: {} })).toEqual({
      section: 1,
      key: 'b1',
    });
    expect(firstUnanswered(q, { statements: { a1: 3, a2: 4, b1: 1 }, custom: {} })).toEqual({
      section: 'custom',
      key: 'q1',
    });
  });

  it('builds the request only when everything is answered, with only the keys asked', () => {
    expect(toSubmitRequest(q, { statements: { a1: 3, a2: 4 }, custom: { q1: 2 } })).toBeNull();
    expect(
      toSubmitRequest(q, { statements: { a1: 3, a2: 0, b1: 5, stale: 2 }, custom: { q1: 2, q9: 1 } }),
    ).toEqual({ answers: { a1: 3, a2: 0, b1: 5 }, customAnswers: { q1: 2 } });
  });
});
