import { QuestionInput, type Question, type QuestionType, type ResponseGrade } from '@campus/contracts';
import { gradeResponse } from './grade-response';

/** Builds a question the way the API stores it: parsed, with defaults filled in. */
function question(input: QuestionInput): Question {
  return QuestionInput.parse(input);
}

type InputContent<T extends QuestionType> = Extract<QuestionInput, { type: T }>['content'];

const zero: ResponseGrade = { fraction: 0, needsReview: false, feedback: [] };
const fractionOf = (q: Question, response: unknown) => gradeResponse(q, response).fraction;

const singleChoice = question({
  type: 'single_choice',
  prompt: 'Capital of Greece?',
  content: {
    options: [
      { id: 'a', text: 'Athens', correct: true, feedback: 'Yes.' },
      { id: 'b', text: 'Sparta', correct: false, feedback: 'Not since antiquity.' },
      { id: 'c', text: 'Corinth', correct: false },
    ],
  },
});

const multipleChoice = question({
  type: 'multiple_choice',
  prompt: 'Which are Erasmus+ programme countries?',
  content: {
    options: [
      { id: 'c1', text: 'Greece', correct: true, feedback: 'EU member.' },
      { id: 'c2', text: 'Iceland', correct: true },
      { id: 'c3', text: 'Turkey', correct: true, feedback: 'Associated.' },
      { id: 'w1', text: 'Brazil', correct: false, feedback: 'Partner country.' },
      { id: 'w2', text: 'Japan', correct: false },
    ],
  },
});

const trueFalse = question({
  type: 'true_false',
  prompt: 'The Erasmus programme started in 1987.',
  content: { correct: true, feedbackTrue: 'Right, 1987.', feedbackFalse: 'It did, in 1987.' },
});

const essay = question({
  type: 'essay',
  prompt: 'Describe your exchange.',
  content: { maxWords: 3 },
});

describe('gradeResponse: untrusted responses', () => {
  const everyType: Question[] = [
    singleChoice,
    multipleChoice,
    trueFalse,
    question({ type: 'short_answer', prompt: 'p', content: { accepted: ['x'] } }),
    question({ type: 'numeric', prompt: 'p', content: { answers: [{ value: 1 }] } }),
    question({
      type: 'matching',
      prompt: 'p',
      content: {
        pairs: [
          { id: 'p1', prompt: 'a', match: 'b' },
          { id: 'p2', prompt: 'c', match: 'd' },
        ],
      },
    }),
    question({
      type: 'ordering',
      prompt: 'p',
      content: {
        items: [
          { id: 'i1', text: 'a' },
          { id: 'i2', text: 'b' },
        ],
      },
    }),
    essay,
  ];

  it.each(everyType.map((q) => [q.type, q] as const))(
    '%s: no response, or one of the wrong shape, grades 0 without review or feedback',
    (_type, q) => {
      for (const response of [
        null,
        undefined,
        'a',
        42,
        true,
        [],
        {},
        { optionId: 7 },
        { text: 1 },
        { x: 1 },
      ]) {
        expect(gradeResponse(q, response)).toEqual(zero);
      }
    },
  );

  it('grades 0 when the response belongs to another question type', () => {
    expect(gradeResponse(singleChoice, { value: true })).toEqual(zero);
    expect(gradeResponse(trueFalse, { optionId: 'a' })).toEqual(zero);
  });

  it('grades 0 when a response names an id that is not in the question', () => {
    expect(gradeResponse(singleChoice, { optionId: 'zz' })).toEqual(zero);
    expect(gradeResponse(multipleChoice, { optionIds: ['c1', 'c2', 'c3', 'nope'] })).toEqual(zero);
  });

  it('grades 0 when ids are malformed or too many', () => {
    expect(gradeResponse(singleChoice, { optionId: 'a b' })).toEqual(zero);
    expect(gradeResponse(singleChoice, { optionId: '' })).toEqual(zero);
    expect(gradeResponse(multipleChoice, { optionIds: Array.from({ length: 21 }, () => 'c1') })).toEqual(
      zero,
    );
  });
});

describe('gradeResponse: single_choice', () => {
  it('scores 1 for the correct option, with its feedback', () => {
    expect(gradeResponse(singleChoice, { optionId: 'a' })).toEqual({
      fraction: 1,
      needsReview: false,
      feedback: ['Yes.'],
    });
  });

  it('scores 0 for another option, with that option’s feedback', () => {
    expect(gradeResponse(singleChoice, { optionId: 'b' })).toEqual({
      fraction: 0,
      needsReview: false,
      feedback: ['Not since antiquity.'],
    });
  });

  it('gives no feedback when the chosen option has none', () => {
    expect(gradeResponse(singleChoice, { optionId: 'c' })).toEqual(zero);
  });
});

describe('gradeResponse: multiple_choice', () => {
  // C = 3 correct options, W = 2 wrong ones: fraction = max(0, correctPicked/3 − wrongPicked/2).
  it.each([
    [['c1', 'c2', 'c3'], 1],
    [['c1', 'c2'], 2 / 3],
    [['c1'], 1 / 3],
    [['c1', 'c2', 'c3', 'w1'], 1 - 1 / 2],
    [['c1', 'c2', 'w1'], 2 / 3 - 1 / 2],
    [['c1', 'w1'], 0],
    [['w1', 'w2'], 0],
    [['c1', 'c2', 'c3', 'w1', 'w2'], 0],
    [[], 0],
  ])('picking %j scores %d', (optionIds, expected) => {
    expect(fractionOf(multipleChoice, { optionIds })).toBeCloseTo(expected, 12);
  });

  it('counts a duplicated id once', () => {
    expect(fractionOf(multipleChoice, { optionIds: ['c1', 'c1', 'c1'] })).toBeCloseTo(1 / 3, 12);
    expect(fractionOf(multipleChoice, { optionIds: ['c1', 'c2', 'c3', 'w1', 'w1'] })).toBeCloseTo(0.5, 12);
  });

  it('has no penalty term when every option is correct', () => {
    const allCorrect = question({
      type: 'multiple_choice',
      prompt: 'p',
      content: {
        options: [
          { id: 'a', text: 'A', correct: true },
          { id: 'b', text: 'B', correct: true },
        ],
      },
    });
    expect(fractionOf(allCorrect, { optionIds: ['a'] })).toBe(0.5);
    expect(fractionOf(allCorrect, { optionIds: ['a', 'b'] })).toBe(1);
  });

  it('returns the feedback of each picked option, in the question’s option order', () => {
    expect(gradeResponse(multipleChoice, { optionIds: ['w1', 'c2', 'c3', 'c1'] }).feedback).toEqual([
      'EU member.',
      'Associated.',
      'Partner country.',
    ]);
  });
});

describe('gradeResponse: true_false', () => {
  it('scores 1 for the right value with the feedback of the chosen value', () => {
    expect(gradeResponse(trueFalse, { value: true })).toEqual({
      fraction: 1,
      needsReview: false,
      feedback: ['Right, 1987.'],
    });
  });

  it('scores 0 for the other value with the feedback of the chosen value', () => {
    expect(gradeResponse(trueFalse, { value: false })).toEqual({
      fraction: 0,
      needsReview: false,
      feedback: ['It did, in 1987.'],
    });
  });

  it('works when the correct value is false and there is no feedback', () => {
    const q = question({ type: 'true_false', prompt: 'p', content: { correct: false } });
    expect(gradeResponse(q, { value: false })).toEqual({ fraction: 1, needsReview: false, feedback: [] });
    expect(gradeResponse(q, { value: true })).toEqual(zero);
  });
});

describe('gradeResponse: short_answer', () => {
  const shortAnswer = (content: InputContent<'short_answer'>) =>
    question({ type: 'short_answer', prompt: 'p', content });

  it('accepts any accepted answer, ignoring case and surrounding whitespace by default', () => {
    const q = shortAnswer({ accepted: ['Erasmus', 'Erasmus+'] });
    expect(fractionOf(q, { text: 'erasmus' })).toBe(1);
    expect(fractionOf(q, { text: '  ERASMUS+ \n' })).toBe(1);
    expect(fractionOf(q, { text: 'Erasmu' })).toBe(0);
  });

  it('collapses any run of Unicode whitespace into one space', () => {
    const q = shortAnswer({ accepted: ['New  York'] });
    expect(fractionOf(q, { text: 'new york' })).toBe(1);
    expect(fractionOf(q, { text: 'new\t\u00a0\u3000york' })).toBe(1);
    expect(fractionOf(q, { text: 'newyork' })).toBe(0);
  });

  it("compares whitespace inside the text exactly with 'exact', still ignoring it around", () => {
    const q = shortAnswer({ accepted: ['New York'], whitespace: 'exact' });
    expect(fractionOf(q, { text: '  new York ' })).toBe(1);
    expect(fractionOf(q, { text: 'new  york' })).toBe(0);
  });

  it('honours caseSensitive', () => {
    const q = shortAnswer({ accepted: ['NaCl'], caseSensitive: true });
    expect(fractionOf(q, { text: 'NaCl' })).toBe(1);
    expect(fractionOf(q, { text: 'nacl' })).toBe(0);
  });

  it('folds Greek case including the final sigma, but keeps accents', () => {
    const q = shortAnswer({ accepted: ['ΟΔΟΣ'] });
    expect(fractionOf(q, { text: 'οδος' })).toBe(1);
    expect(fractionOf(q, { text: 'Οδοσ' })).toBe(1);
    expect(fractionOf(q, { text: 'οδός' })).toBe(0);
    const accented = shortAnswer({ accepted: ['οδός'] });
    expect(fractionOf(accented, { text: 'ΟΔΌΣ' })).toBe(1);
    expect(fractionOf(accented, { text: 'οδος' })).toBe(0);
  });

  it('compares NFC forms, so composed and decomposed accents are the same text', () => {
    const q = shortAnswer({ accepted: ['Café'] });
    expect(fractionOf(q, { text: 'cafe\u0301' })).toBe(1);
    expect(fractionOf(q, { text: 'cafe' })).toBe(0);
  });

  it('does not depend on a locale (Turkish dotted capital I, German sharp s)', () => {
    const istanbul = shortAnswer({ accepted: ['İstanbul'] });
    expect(fractionOf(istanbul, { text: 'İSTANBUL' })).toBe(1);
    expect(fractionOf(istanbul, { text: 'i\u0307stanbul' })).toBe(1);
    expect(fractionOf(shortAnswer({ accepted: ['Straße'] }), { text: 'STRAßE' })).toBe(1);
  });

  it('never accepts a blank answer', () => {
    expect(fractionOf(shortAnswer({ accepted: ['x'] }), { text: '   ' })).toBe(0);
  });
});

describe('gradeResponse: numeric', () => {
  const numeric = (content: InputContent<'numeric'>) => question({ type: 'numeric', prompt: 'p', content });
  const pi = numeric({ answers: [{ value: 3.14, tolerance: 0.01 }] });

  it.each([
    ['3.14', 1],
    ['3,14', 1],
    [' +3.15 ', 1],
    ['3.13', 1],
    ['3.1500001', 0],
    ['3.12', 0],
    ['314e-2', 1],
    ['0.0314E2', 1],
    ['3', 0],
    ['pi', 0],
    ['', 0],
    ['3.14.1', 0],
    ['3,14,1', 0],
    ['1.234,5', 0],
    ['3 .14', 0],
    ['- 3.14', 0],
  ])('reads %j as %d', (text, expected) => {
    expect(fractionOf(pi, { text })).toBe(expected);
  });

  it('accepts the tolerance boundary exactly despite binary floating error', () => {
    const q = numeric({ answers: [{ value: 0.3, tolerance: 0.1 }] });
    expect(fractionOf(q, { text: '0.2' })).toBe(1);
    expect(fractionOf(q, { text: '0.4' })).toBe(1);
    expect(fractionOf(q, { text: '0.19999' })).toBe(0);
    const exact = numeric({ answers: [{ value: 0.3 }] });
    expect(fractionOf(exact, { text: '0.30000000000000004' })).toBe(1);
    expect(fractionOf(exact, { text: '0.3000001' })).toBe(0);
  });

  it('reads negative numbers, the Unicode minus and bare decimals', () => {
    const q = numeric({ answers: [{ value: -0.5 }] });
    expect(fractionOf(q, { text: '-0.5' })).toBe(1);
    expect(fractionOf(q, { text: '\u2212,5' })).toBe(1);
    expect(fractionOf(q, { text: '-.5' })).toBe(1);
    expect(fractionOf(q, { text: '0.5' })).toBe(0);
  });

  it('accepts any of several answers', () => {
    const q = numeric({
      answers: [
        { value: 2, tolerance: 0 },
        { value: -2, tolerance: 0 },
      ],
    });
    expect(fractionOf(q, { text: '2' })).toBe(1);
    expect(fractionOf(q, { text: '-2' })).toBe(1);
    expect(fractionOf(q, { text: '0' })).toBe(0);
  });

  it('refuses numbers too large to be finite', () => {
    expect(fractionOf(numeric({ answers: [{ value: 1, tolerance: 1e308 }] }), { text: '1e999' })).toBe(0);
  });

  describe('units', () => {
    // Base unit: metres. factor = how many of the unit make one metre.
    const length = (unitRequired: boolean) =>
      numeric({
        answers: [{ value: 1.5, tolerance: 0.01 }],
        units: [
          { unit: 'm', factor: 1 },
          { unit: 'cm', factor: 100 },
          { unit: 'km', factor: 0.001 },
        ],
        unitRequired,
      });

    it('divides by the written unit’s factor, with or without a space', () => {
      const q = length(false);
      expect(fractionOf(q, { text: '1.5 m' })).toBe(1);
      expect(fractionOf(q, { text: '150cm' })).toBe(1);
      expect(fractionOf(q, { text: '150,5 cm' })).toBe(1);
      expect(fractionOf(q, { text: '0,0015 km' })).toBe(1);
      expect(fractionOf(q, { text: '1.5e2 cm' })).toBe(1);
      expect(fractionOf(q, { text: '1.5 cm' })).toBe(0);
    });

    it('takes a number without unit in the base unit unless a unit is required', () => {
      expect(fractionOf(length(false), { text: '1.5' })).toBe(1);
      expect(fractionOf(length(true), { text: '1.5' })).toBe(0);
      expect(fractionOf(length(true), { text: '150 cm' })).toBe(1);
    });

    it('scores 0 for an unknown unit, compared case-sensitively', () => {
      const q = length(false);
      expect(fractionOf(q, { text: '1.5 M' })).toBe(0);
      expect(fractionOf(q, { text: '1.5 mm' })).toBe(0);
      expect(fractionOf(q, { text: '1.5 m m' })).toBe(0);
      expect(fractionOf(q, { text: '1.5 m ' })).toBe(1);
    });

    it('scores 0 for any unit when the question defines none', () => {
      const q = numeric({ answers: [{ value: 4 }] });
      expect(fractionOf(q, { text: '4 apples' })).toBe(0);
      expect(fractionOf(q, { text: '4' })).toBe(1);
    });

    it('ignores unitRequired when the question defines no unit', () => {
      expect(fractionOf(numeric({ answers: [{ value: 4 }], unitRequired: true }), { text: '4' })).toBe(1);
    });
  });
});

describe('gradeResponse: matching', () => {
  const matching = question({
    type: 'matching',
    prompt: 'Match countries and capitals.',
    content: {
      pairs: [
        { id: 'gr', prompt: 'Greece', match: 'Athens' },
        { id: 'it', prompt: 'Italy', match: 'Rome' },
        { id: 'fi', prompt: 'Finland', match: 'Helsinki' },
        { id: 'es', prompt: 'Spain', match: 'Madrid' },
      ],
      distractors: ['Lisbon'],
    },
  });

  it('gives a fraction of the pairs matched right', () => {
    const all = { gr: 'Athens', it: 'Rome', fi: 'Helsinki', es: 'Madrid' };
    expect(fractionOf(matching, { matches: all })).toBe(1);
    expect(fractionOf(matching, { matches: { ...all, es: 'Lisbon' } })).toBe(0.75);
    expect(fractionOf(matching, { matches: { gr: 'Rome', it: 'Athens' } })).toBe(0);
    expect(fractionOf(matching, { matches: { gr: 'Athens' } })).toBe(0.25);
    expect(fractionOf(matching, { matches: {} })).toBe(0);
  });

  it('compares texts exactly after trimming', () => {
    expect(fractionOf(matching, { matches: { gr: '  Athens ', it: 'rome' } })).toBe(0.25);
  });

  it('accepts either pair’s text when two pairs share a match', () => {
    const shared = question({
      type: 'matching',
      prompt: 'Match the animals with what they are.',
      content: {
        pairs: [
          { id: 'cat', prompt: 'Cat', match: 'Mammal' },
          { id: 'dog', prompt: 'Dog', match: 'Mammal' },
          { id: 'eel', prompt: 'Eel', match: 'Fish' },
        ],
      },
    });
    expect(fractionOf(shared, { matches: { cat: 'Mammal', dog: 'Mammal', eel: 'Fish' } })).toBe(1);
  });

  it('grades 0 when a pair id is not in the question', () => {
    expect(gradeResponse(matching, { matches: { gr: 'Athens', xx: 'Rome' } })).toEqual(zero);
  });

  it('does not mistake inherited object keys for answers', () => {
    const q = question({
      type: 'matching',
      prompt: 'p',
      content: {
        pairs: [
          { id: 'constructor', prompt: 'a', match: 'b' },
          { id: 'toString', prompt: 'c', match: 'd' },
        ],
      },
    });
    expect(fractionOf(q, { matches: {} })).toBe(0);
    expect(fractionOf(q, { matches: { constructor: 'b' } })).toBe(0.5);
  });
});

describe('gradeResponse: ordering', () => {
  const ordering = question({
    type: 'ordering',
    prompt: 'Order the steps.',
    content: {
      items: [
        { id: 's1', text: 'Apply' },
        { id: 's2', text: 'Get selected' },
        { id: 's3', text: 'Sign the learning agreement' },
        { id: 's4', text: 'Go' },
      ],
    },
  });

  it('gives the fraction of items at their correct absolute position', () => {
    expect(fractionOf(ordering, { order: ['s1', 's2', 's3', 's4'] })).toBe(1);
    expect(fractionOf(ordering, { order: ['s1', 's2', 's4', 's3'] })).toBe(0.5);
    expect(fractionOf(ordering, { order: ['s2', 's3', 's4', 's1'] })).toBe(0);
    expect(fractionOf(ordering, { order: ['s4', 's2', 's3', 's1'] })).toBe(0.5);
  });

  it('scores 0 when the order is not a permutation of the items', () => {
    expect(fractionOf(ordering, { order: ['s1', 's2', 's3'] })).toBe(0);
    expect(fractionOf(ordering, { order: ['s1', 's2', 's3', 's3'] })).toBe(0);
    expect(fractionOf(ordering, { order: ['s1', 's2', 's3', 's4', 's4'] })).toBe(0);
    expect(fractionOf(ordering, { order: [] })).toBe(0);
    expect(fractionOf(ordering, { order: ['s1', 's2', 's3', 'zz'] })).toBe(0);
  });
});

describe('gradeResponse: essay', () => {
  it('waits for a trainer when answered', () => {
    expect(gradeResponse(essay, { text: 'I went to Turku.' })).toEqual({
      fraction: null,
      needsReview: true,
      feedback: [],
    });
  });

  it('treats a blank text as unanswered: 0 and no review', () => {
    expect(gradeResponse(essay, { text: '' })).toEqual(zero);
    expect(gradeResponse(essay, { text: ' \n\t ' })).toEqual(zero);
  });

  it('still sends an answer over the word limit for review', () => {
    expect(gradeResponse(essay, { text: 'one two three four five' }).needsReview).toBe(true);
  });
});
