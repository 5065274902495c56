import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QuestionInput } from '@campus/contracts';
import { parseGift } from './gift-import';

const fixture = readFileSync(join(__dirname, 'fixtures', 'every-type.gift'), 'utf8');

describe('parseGift: the every-type fixture', () => {
  const { questions, problems } = parseGift(fixture);
  const visas = ['mobility/visas'];
  const maths = ['maths'];

  it('reads every supported question type, in file order', () => {
    expect(questions).toEqual<QuestionInput[]>([
      {
        type: 'single_choice',
        prompt: 'Which document do **EU citizens** need to study in Finland?',
        tags: visas,
        generalFeedback: 'EU citizens move freely; they register their stay after 3 months.',
        content: {
          options: [
            {
              id: 'a',
              text: 'A national ID card',
              correct: true,
              feedback: 'Right: an ID card is enough inside the EU.',
            },
            { id: 'b', text: 'A student visa', correct: false, feedback: 'Not for EU citizens.' },
            { id: 'c', text: 'A work permit', correct: false },
          ],
        },
      },
      {
        type: 'multiple_choice',
        prompt: 'Which are Erasmus+ programme countries?',
        tags: visas,
        content: {
          options: [
            { id: 'a', text: 'Iceland', correct: true, feedback: 'Yes, through the EEA.' },
            { id: 'b', text: 'Türkiye', correct: true },
            { id: 'c', text: 'Brazil', correct: false, feedback: 'A partner country.' },
            { id: 'd', text: 'Japan', correct: false },
          ],
        },
      },
      {
        type: 'true_false',
        prompt: 'The Erasmus programme started in 1987.',
        tags: visas,
        content: { correct: true, feedbackTrue: 'Right.', feedbackFalse: 'It did start in 1987.' },
      },
      {
        type: 'true_false',
        prompt: 'Rome is the capital of Spain.',
        tags: visas,
        content: { correct: false },
      },
      {
        type: 'short_answer',
        prompt: 'Which city hosts the European Commission?',
        tags: visas,
        content: { accepted: ['Brussels', 'Bruxelles', 'Brussel'], caseSensitive: false },
      },
      {
        type: 'numeric',
        prompt: 'What is π to two decimals?',
        tags: maths,
        content: { answers: [{ value: 3.14, tolerance: 0.005 }] },
      },
      {
        type: 'numeric',
        prompt: 'Pick a whole number from 1 to 5.',
        tags: maths,
        content: { answers: [{ value: 3, tolerance: 2 }] },
      },
      {
        type: 'numeric',
        prompt: 'What is the square root of 9 or of 4?',
        tags: maths,
        content: {
          answers: [
            { value: 3, tolerance: 0 },
            { value: 2, tolerance: 0 },
          ],
        },
      },
      {
        type: 'matching',
        prompt: 'Match the countries and their capitals.',
        tags: maths,
        content: {
          pairs: [
            { id: 'p1', prompt: 'Greece', match: 'Athens' },
            { id: 'p2', prompt: 'Italy', match: 'Rome' },
            { id: 'p3', prompt: 'Finland', match: 'Helsinki' },
          ],
          distractors: ['Lisbon'],
        },
      },
      {
        type: 'single_choice',
        prompt: 'The Erasmus programme is named after _____ of Rotterdam.',
        tags: maths,
        content: {
          options: [
            { id: 'a', text: 'Rotterdam', correct: false },
            { id: 'b', text: 'Erasmus', correct: true },
            { id: 'c', text: 'Luther', correct: false },
          ],
        },
      },
      {
        type: 'essay',
        prompt: 'Describe your exchange in a few words.',
        tags: maths,
        content: {},
      },
      {
        type: 'single_choice',
        prompt: 'Which is written {x} in set notation?',
        tags: maths,
        content: {
          options: [
            { id: 'a', text: 'a set = {x}', correct: true, feedback: 'Yes: a singleton.' },
            { id: 'b', text: 'a ~range', correct: false },
            { id: 'c', text: 'a #tag', correct: false },
          ],
        },
      },
      {
        type: 'true_false',
        prompt: '<p>Is the sky <b>blue</b>?</p>',
        tags: maths,
        content: { correct: true },
      },
      {
        type: 'true_false',
        prompt: 'Is this last question still read?',
        tags: maths,
        content: { correct: true },
      },
    ]);
  });

  it('reports exactly the three broken questions, at the line where each starts', () => {
    expect(problems).toEqual([
      { line: 56, message: expect.stringMatching(/^Unbalanced braces: 1 "\{" and 0 "\}"/) as unknown },
      { line: 59, message: expect.stringMatching(/^Unknown answer syntax "maybe =yes"/) as unknown },
      {
        line: 62,
        message: expect.stringMatching(/^Not a valid question: [\s\S]*content\.pairs/) as unknown,
      },
    ]);
  });

  it('returns only questions the API accepts', () => {
    for (const question of questions) expect(QuestionInput.safeParse(question).success).toBe(true);
  });
});

describe('parseGift: details', () => {
  const one = (text: string) => {
    const { questions, problems } = parseGift(text);
    expect(problems).toEqual([]);
    expect(questions).toHaveLength(1);
    return questions[0];
  };
  const problemOf = (text: string) => {
    const { questions, problems } = parseGift(text);
    expect(questions).toEqual([]);
    expect(problems).toHaveLength(1);
    return problems[0];
  };

  it('reads an empty file, or one of comments only, as nothing', () => {
    expect(parseGift('')).toEqual({ questions: [], problems: [] });
    expect(parseGift('// only\n\n  // comments\n')).toEqual({ questions: [], problems: [] });
  });

  it('reads Windows line endings and a byte-order mark, counting lines the same', () => {
    const { questions, problems } = parseGift('\uFEFF// c\r\n\r\nA?{T}\r\n\r\nB?{x}\r\n');
    expect(questions).toHaveLength(1);
    expect(problems).toEqual([
      { line: 5, message: expect.stringMatching(/^Unknown answer syntax/) as unknown },
    ]);
  });

  it('keeps a multi-line prompt and ignores comment lines inside it', () => {
    expect(one('First line\n// a note\nsecond line{T}')).toMatchObject({ prompt: 'First line\nsecond line' });
  });

  it('unescapes \\n as a line break and \\\\ as a backslash', () => {
    expect(one('Line one\\nline two, C:\\\\temp{T}')).toMatchObject({
      prompt: 'Line one\nline two, C:\\temp',
    });
  });

  it('leaves other backslashes alone', () => {
    expect(one('Is \\d a digit class?{T}')).toMatchObject({ prompt: 'Is \\d a digit class?' });
  });

  it('puts the blank where the block was, without a space before punctuation', () => {
    expect(one('The capital of Italy is {=Rome}.')).toMatchObject({
      prompt: 'The capital of Italy is _____.',
    });
    expect(one('{=Two =2} plus two equals four.')).toMatchObject({ prompt: '_____ plus two equals four.' });
  });

  it('reads true/false with a single feedback as the wrong answer’s feedback', () => {
    expect(one('Sky is green.{FALSE#It is blue.}')).toMatchObject({
      type: 'true_false',
      content: { correct: false, feedbackTrue: 'It is blue.' },
    });
    expect(one('Sky is blue.{t}')).toMatchObject({ content: { correct: true } });
  });

  it('refuses a true/false answer with three feedbacks', () => {
    expect(problemOf('Q?{T#a#b#c}').message).toMatch(/at most two feedbacks/);
  });

  it('reads a single answer as a short answer with one accepted text', () => {
    expect(one('Capital of France?{=Paris}')).toMatchObject({
      type: 'short_answer',
      content: { accepted: ['Paris'], caseSensitive: false },
    });
  });

  it('reads a multiple-answer question with decimal weights', () => {
    expect(one('Q?{~%33.33333%a ~%33.33333%b ~%33.33334%c ~%-100%d}')).toMatchObject({
      type: 'multiple_choice',
      content: {
        options: [
          { id: 'a', correct: true },
          { id: 'b', correct: true },
          { id: 'c', correct: true },
          { id: 'd', correct: false },
        ],
      },
    });
  });

  it('reads ~%100% as the one right answer and ~%0% as a wrong one', () => {
    expect(one('Q?{~%100%a ~%0%b}')).toMatchObject({
      type: 'single_choice',
      content: { options: [{ correct: true }, { correct: false }] },
    });
  });

  it('refuses choices it cannot represent', () => {
    expect(problemOf('Q?{=a =b ~c}').message).toMatch(/^Several answers give full credit/);
    expect(problemOf('Q?{=a ~%50%b ~c}').message).toMatch(/^Partial credit next to a full-credit answer/);
    expect(problemOf('Q?{~a ~b}').message).toMatch(/^No right answer/);
    expect(problemOf('Q?{=a ~}').message).toBe('An answer after "~" is empty.');
    expect(problemOf('Q?{=%50%a =b}').message).toMatch(/^Partial credit \(=%n%\) on a short answer/);
  });

  it('refuses a matching block with anything but "=a -> b" answers', () => {
    expect(problemOf('Q?{=a -> b =c -> d ~e}').message).toMatch(/only "=item -> match"/);
    expect(problemOf('Q?{=a -> b =c -> }').message).toMatch(/only "=item -> match"/);
  });

  it('reads numeric answers: exact, negative, exponent, with feedback, and ranges', () => {
    expect(one('Q?{#42}')).toMatchObject({ content: { answers: [{ value: 42, tolerance: 0 }] } });
    expect(one('Q?{#-1.5e3:10#Close enough.}')).toMatchObject({
      content: { answers: [{ value: -1500, tolerance: 10 }] },
    });
    expect(one('Q?{#-5..-1}')).toMatchObject({ content: { answers: [{ value: -3, tolerance: 2 }] } });
  });

  it('refuses unreadable numbers, reversed ranges, negative tolerances and partial credit', () => {
    expect(problemOf('Q?{#abc}').message).toBe(
      'Cannot read the numeric answer "abc": write value, value:tolerance or low..high.',
    );
    expect(problemOf('Q?{#3,14}').message).toMatch(/^Cannot read the numeric answer "3,14"/);
    expect(problemOf('Q?{#5..1}').message).toMatch(/^Cannot read the numeric range "5..1"/);
    expect(problemOf('Q?{#3:-1}').message).toMatch(/^Cannot read the numeric answer/);
    expect(problemOf('Q?{#=3:0 =%50%2:1}').message).toMatch(/^Partial credit \(=%n%\) on a numeric answer/);
  });

  it('reports braces it cannot pair', () => {
    expect(problemOf('Q?{=a} and {=b}').message).toMatch(/^More than one answer block/);
    expect(problemOf('Q?}=a{').message).toBe(
      'The answer block is closed with "}" before it is opened with "{".',
    );
    expect(problemOf('Q? =a}').message).toMatch(/^Unbalanced braces: 0 "\{" and 1 "\}"/);
    expect(problemOf('Just a description.').message).toMatch(/^No answer block/);
  });

  it('reports a question whose prompt is empty', () => {
    expect(problemOf('::Title only::{T}').message).toMatch(/^Not a valid question: [\s\S]*prompt/);
  });

  it('tags questions with the category path, cleared by an empty category', () => {
    const { questions } = parseGift(
      [
        '$CATEGORY: $course$/top/Default for IT101/Week 1',
        'A?{T}',
        '',
        '$CATEGORY: top',
        '',
        'B?{T}',
        '',
        '$CATEGORY: Plain',
        '',
        'C?{T}',
      ].join('\n'),
    );
    expect(questions.map((q) => q.tags)).toEqual([['default for it101/week 1'], [], ['plain']]);
  });

  it('reports a category too long for a tag at its line and leaves the next questions untagged', () => {
    const { questions, problems } = parseGift(`$CATEGORY: ${'x'.repeat(61)}\n\nA?{T}`);
    expect(problems).toEqual([{ line: 1, message: expect.stringMatching(/longer than 60/) as unknown }]);
    expect(questions).toEqual([expect.objectContaining({ tags: [] })]);
  });

  it('strips format markers from answers and feedback too', () => {
    expect(one('[plain]Q?{=[html]<b>yes</b>#[markdown]**ok** ~no}')).toMatchObject({
      prompt: 'Q?',
      content: { options: [{ text: '<b>yes</b>', feedback: '**ok**' }, { text: 'no' }] },
    });
  });
});
