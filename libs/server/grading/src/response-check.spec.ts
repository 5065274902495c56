import { QuestionInput, type Question } from '@campus/contracts';
import { countWords, validateResponse } from './response-check';

const question = (input: QuestionInput): Question => QuestionInput.parse(input);

const choice = question({
  type: 'multiple_choice',
  prompt: 'p',
  content: {
    options: [
      { id: 'a', text: 'A', correct: true },
      { id: 'b', text: 'B', correct: false },
    ],
  },
});
const matching = question({
  type: 'matching',
  prompt: 'p',
  content: {
    pairs: [
      { id: 'p1', prompt: 'Greece', match: 'Athens' },
      { id: 'p2', prompt: 'Italy', match: 'Rome' },
    ],
    distractors: ['Lisbon'],
  },
});
const ordering = question({
  type: 'ordering',
  prompt: 'p',
  content: {
    items: [
      { id: 'i1', text: 'one' },
      { id: 'i2', text: 'two' },
      { id: 'i3', text: 'three' },
    ],
  },
});
const essay = question({ type: 'essay', prompt: 'p', content: { maxWords: 3 } });

describe('validateResponse', () => {
  it('accepts a well-formed response and returns what to store', () => {
    expect(validateResponse(choice, { optionIds: ['b', 'a'] })).toEqual({
      ok: true,
      value: { optionIds: ['b', 'a'] },
    });
    expect(
      validateResponse(question({ type: 'true_false', prompt: 'p', content: { correct: true } }), {
        value: false,
      }),
    ).toEqual({ ok: true, value: { value: false } });
    expect(
      validateResponse(question({ type: 'numeric', prompt: 'p', content: { answers: [{ value: 1 }] } }), {
        text: 'not a number',
      }),
    ).toEqual({ ok: true, value: { text: 'not a number' } });
  });

  it('removes duplicate option ids from the value to store', () => {
    expect(validateResponse(choice, { optionIds: ['a', 'a', 'b'] })).toEqual({
      ok: true,
      value: { optionIds: ['a', 'b'] },
    });
  });

  it('drops keys that are not part of the response shape', () => {
    expect(validateResponse(choice, { optionIds: ['a'], extra: 1 })).toEqual({
      ok: true,
      value: { optionIds: ['a'] },
    });
  });

  it('refuses a missing response', () => {
    expect(validateResponse(choice, null)).toEqual({ ok: false, message: 'No response given.' });
    expect(validateResponse(choice, undefined)).toMatchObject({ ok: false });
  });

  it('refuses the wrong shape with zod’s description of the problem', () => {
    const result = validateResponse(choice, { optionIds: 'a' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/^The response does not have the expected shape: /);
      expect(result.message).toContain('optionIds');
    }
    expect(validateResponse(choice, { optionId: 'a' })).toMatchObject({ ok: false });
    expect(validateResponse(essay, { text: 'x'.repeat(100_001) })).toMatchObject({ ok: false });
  });

  it('refuses ids that are not in the question, naming them', () => {
    expect(validateResponse(choice, { optionIds: ['a', 'z'] })).toEqual({
      ok: false,
      message: 'There is no option "z" in this question.',
    });
    expect(validateResponse(matching, { matches: { p3: 'Rome' } })).toEqual({
      ok: false,
      message: 'There is no pair "p3" in this question.',
    });
    expect(validateResponse(ordering, { order: ['i1', 'i2', 'i9'] })).toEqual({
      ok: false,
      message: 'There is no item "i9" in this question.',
    });
  });

  it('requires an ordering to place every item exactly once', () => {
    expect(validateResponse(ordering, { order: ['i3', 'i1', 'i2'] })).toMatchObject({ ok: true });
    for (const order of [['i1', 'i2'], ['i1', 'i2', 'i2'], ['i1', 'i2', 'i3', 'i3'], []]) {
      expect(validateResponse(ordering, { order })).toEqual({
        ok: false,
        message: 'Give the order of all 3 items, each exactly once.',
      });
    }
  });

  it('requires matching texts to be offered answers (or blank for “not matched yet”)', () => {
    expect(validateResponse(matching, { matches: { p1: 'Rome', p2: 'Lisbon' } })).toMatchObject({ ok: true });
    expect(validateResponse(matching, { matches: { p1: ' Athens ', p2: '' } })).toMatchObject({ ok: true });
    expect(validateResponse(matching, { matches: { p1: 'Paris' } })).toEqual({
      ok: false,
      message: 'The match chosen for pair "p1" is not one of the offered answers.',
    });
  });

  it('refuses an essay over the word limit, and accepts one at the limit', () => {
    expect(validateResponse(essay, { text: ' one  two\nthree ' })).toMatchObject({ ok: true });
    expect(validateResponse(essay, { text: 'one two three four' })).toEqual({
      ok: false,
      message: 'The answer has 4 words; the limit is 3.',
    });
    const unlimited = question({ type: 'essay', prompt: 'p', content: {} });
    expect(validateResponse(unlimited, { text: 'word '.repeat(5000) })).toMatchObject({ ok: true });
  });
});

describe('countWords', () => {
  it('counts runs of non-whitespace', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   ')).toBe(0);
    expect(countWords('one')).toBe(1);
    expect(countWords(' one\ttwo\u00a0three\n\nfour ')).toBe(4);
    expect(countWords('l’été — déjà')).toBe(3);
  });
});
