import { answerKeyErrors, customQuestionKeys, updatedRows } from './round-rules';

describe('customQuestionKeys', () => {
  it('numbers the questions q1.. in the order given', () => {
    expect(customQuestionKeys([{ text: 'A?' }, { text: 'B?' }])).toEqual([
      { key: 'q1', text: 'A?' },
      { key: 'q2', text: 'B?' },
    ]);
  });
});

describe('answerKeyErrors', () => {
  it('accepts exactly the expected keys, "does not apply" (0) included', () => {
    expect(answerKeyErrors('answers', ['a', 'b'], { a: 0, b: 5 })).toEqual([]);
  });

  it('names every missing and every unknown key under its field', () => {
    expect(answerKeyErrors('customAnswers', ['q1', 'q2'], { q1: 3, q9: 2 })).toEqual([
      { field: 'customAnswers.q2', message: expect.stringContaining('q2') },
      { field: 'customAnswers.q9', message: expect.stringContaining('not a question') },
    ]);
  });

  it('does not take inherited object keys for answers', () => {
    expect(answerKeyErrors('answers', ['constructor'], {})).toHaveLength(1);
  });
});

describe('updatedRows', () => {
  it('reads the rows of an UPDATE … RETURNING, as TypeORM answers it or as a plain list', () => {
    expect(updatedRows([[{ id: 'a' }], 1])).toEqual([{ id: 'a' }]);
    expect(updatedRows([[], 0])).toEqual([]);
    expect(updatedRows([{ id: 'b' }])).toEqual([{ id: 'b' }]);
  });
});
