import { QuestionInput, type Question } from '@campus/contracts';
import { parseGift } from './gift-import';
import { BANK_FORMAT, exportBank, importBank } from './question-bank';

const question = (input: QuestionInput): Question => QuestionInput.parse(input);

/** One question of every type, as stored (parsed, defaults filled). */
const bank: Question[] = [
  question({
    type: 'single_choice',
    prompt: 'Capital of Greece?',
    tags: ['geography'],
    generalFeedback: 'Athens since 1834.',
    content: {
      options: [
        { id: 'a', text: 'Athens', correct: true, feedback: 'Yes.' },
        { id: 'b', text: 'Sparta', correct: false },
      ],
    },
  }),
  question({
    type: 'multiple_choice',
    prompt: 'EU members?',
    content: {
      options: [
        { id: 'a', text: 'Greece', correct: true },
        { id: 'b', text: 'Norway', correct: false },
      ],
    },
  }),
  question({
    type: 'true_false',
    prompt: 'Rome is in Italy.',
    content: { correct: true, feedbackFalse: 'It is.' },
  }),
  question({
    type: 'short_answer',
    prompt: 'ΟΔΟΣ means?',
    content: { accepted: ['road', 'street'], caseSensitive: true, whitespace: 'exact' },
  }),
  question({
    type: 'numeric',
    prompt: 'Length?',
    content: {
      answers: [{ value: 1.5, tolerance: 0.01 }],
      units: [{ unit: 'cm', factor: 100 }],
      unitRequired: true,
    },
  }),
  question({
    type: 'matching',
    prompt: 'Match.',
    content: {
      pairs: [
        { id: 'p1', prompt: 'Greece', match: 'Athens' },
        { id: 'p2', prompt: 'Italy', match: 'Rome' },
      ],
      distractors: ['Lisbon'],
    },
  }),
  question({
    type: 'ordering',
    prompt: 'Order.',
    content: {
      items: [
        { id: 'i1', text: 'First' },
        { id: 'i2', text: 'Second' },
      ],
    },
  }),
  question({
    type: 'essay',
    prompt: 'Describe.',
    content: { graderGuidance: 'Mentions the city.', maxWords: 200 },
  }),
];

describe('exportBank', () => {
  it('wraps the questions in a versioned envelope', () => {
    const file = exportBank(bank);
    expect(file.format).toBe(BANK_FORMAT);
    expect(file.version).toBe(1);
    expect(file.questions).toEqual(bank);
  });

  it('copies the questions, so later edits do not leak into the file', () => {
    const original = question({ type: 'true_false', prompt: 'p', content: { correct: true } });
    const file = exportBank([original]);
    original.prompt = 'changed';
    expect(file.questions[0]?.prompt).toBe('p');
  });
});

describe('importBank', () => {
  it('round-trips an export through JSON exactly', () => {
    const json = JSON.stringify(exportBank(bank));
    const imported = importBank(JSON.parse(json));
    expect(imported.problems).toEqual([]);
    expect(imported.questions).toStrictEqual(bank);
    expect(JSON.stringify(exportBank(imported.questions))).toBe(json);
  });

  it('keeps valid questions and reports invalid ones by index with zod’s message', () => {
    const file = exportBank(bank.slice(0, 2));
    const questions: unknown[] = [
      file.questions[0],
      {
        type: 'single_choice',
        prompt: 'No right option',
        content: {
          options: [
            { id: 'a', text: 'A', correct: false },
            { id: 'b', text: 'B', correct: false },
          ],
        },
      },
      'not even an object',
      file.questions[1],
      { type: 'poll', prompt: 'Unknown type', content: {} },
    ];
    const imported = importBank({ ...file, questions });
    expect(imported.questions).toStrictEqual(bank.slice(0, 2));
    expect(imported.problems.map((p) => p.index)).toEqual([1, 2, 4]);
    expect(imported.problems[0]?.message).toContain('Mark exactly one option as correct.');
  });

  it('normalises what it keeps, as the API would', () => {
    const imported = importBank({
      format: BANK_FORMAT,
      version: 1,
      questions: [{ type: 'true_false', prompt: '  Spaced  ', tags: [' Geo '], content: { correct: false } }],
    });
    expect(imported.questions).toEqual([
      { type: 'true_false', prompt: 'Spaced', tags: ['geo'], content: { correct: false } },
    ]);
  });

  it('refuses, without throwing, anything that is not a version 1 bank', () => {
    for (const json of [
      null,
      'text',
      [],
      {},
      { format: 'moodle', version: 1, questions: [] },
      { format: BANK_FORMAT, version: 2, questions: [] },
      { format: BANK_FORMAT, version: 1 },
    ]) {
      const imported = importBank(json);
      expect(imported.questions).toEqual([]);
      expect(imported.problems).toEqual([
        { index: -1, message: expect.stringMatching(/^Not a Campus question bank/) as unknown },
      ]);
    }
  });

  it('accepts an empty bank', () => {
    expect(importBank(exportBank([]))).toEqual({ questions: [], problems: [] });
  });

  it('imports what the GIFT parser reads (the API stores both the same way)', () => {
    const { questions } = parseGift('Capital of France?{=Paris}\n\nRome is in Italy.{T}');
    const imported = importBank({ format: BANK_FORMAT, version: 1, questions });
    expect(imported.problems).toEqual([]);
    expect(imported.questions.map((q) => q.type)).toEqual(['short_answer', 'true_false']);
  });
});
