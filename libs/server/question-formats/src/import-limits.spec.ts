import { DomainError } from '@campus/contracts';
import { parseGift } from './gift-import';
import { capProblems, checkBankJsonText, IMPORT_LIMITS } from './import-limits';
import { importBank } from './question-bank';

const code = (work: () => unknown) => {
  try {
    work();
    return null;
  } catch (err) {
    return err instanceof DomainError ? err.code : String(err);
  }
};

describe('question import caps', () => {
  it('measures JSON nesting outside strings only, escapes included', () => {
    expect(code(() => checkBankJsonText(`${'['.repeat(32)}${']'.repeat(32)}`))).toBeNull();
    expect(code(() => checkBankJsonText(`${'['.repeat(33)}${']'.repeat(33)}`))).toBe('VALIDATION_FAILED');
    expect(code(() => checkBankJsonText(JSON.stringify({ text: '['.repeat(1000) })))).toBeNull();
    expect(code(() => checkBankJsonText(JSON.stringify({ text: '\\"[[[', more: '"{{{' })))).toBeNull();
    expect(code(() => checkBankJsonText(`{"a":"\\\\",${'['.repeat(40)}`))).toBe('VALIDATION_FAILED');
  });

  it('counts objects and arrays in the whole file', () => {
    const objects = (n: number) => `[${Array.from({ length: n }, () => '{}').join(',')}]`;
    expect(code(() => checkBankJsonText(objects(IMPORT_LIMITS.jsonContainers - 1)))).toBeNull();
    expect(code(() => checkBankJsonText(objects(IMPORT_LIMITS.jsonContainers)))).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses more than 1000 questions in a bank or GIFT file, and more than 50,000 GIFT lines', () => {
    const bank = (n: number) => ({
      format: 'campus-question-bank',
      version: 1,
      questions: Array(n).fill({}),
    });
    expect(code(() => importBank(bank(1000)))).toBeNull();
    expect(code(() => importBank(bank(1001)))).toBe('PAYLOAD_TOO_LARGE');
    const gift = (n: number) => Array.from({ length: n }, (_, i) => `Q${i} {T}`).join('\n\n');
    expect(parseGift(gift(1000)).questions).toHaveLength(1000);
    expect(code(() => parseGift(gift(1001)))).toBe('PAYLOAD_TOO_LARGE');
    expect(code(() => parseGift(`Q {\n${'// note\n'.repeat(IMPORT_LIMITS.giftLines)}T}`))).toBe(
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('refuses a GIFT question of more than 100 answers before splitting them', () => {
    expect(parseGift(`Q {=a ${'~b '.repeat(99)}}`).problems).toEqual([
      { line: 1, message: expect.not.stringContaining('More than') as string },
    ]);
    expect(parseGift(`Q {=a ${'~b '.repeat(100)}}`).problems).toEqual([
      { line: 1, message: 'More than 100 answers in one question.' },
    ]);
  });

  it('lists 100 problems and counts the others, at the first unlisted one', () => {
    expect(capProblems([{ message: 'x' }], (message) => ({ message }))).toEqual([{ message: 'x' }]);
    const gift = Array.from({ length: 150 }, (_, i) => `No answer ${i}`).join('\n\n');
    const { problems } = parseGift(gift);
    expect(problems).toHaveLength(101);
    expect(problems[100]).toEqual({ line: 201, message: '… and 50 more problems, not listed.' });
    const bank = importBank({ format: 'campus-question-bank', version: 1, questions: Array(101).fill({}) });
    expect(bank.problems[100]).toEqual({ index: 100, message: '… and 1 more problem, not listed.' });
  });
});
