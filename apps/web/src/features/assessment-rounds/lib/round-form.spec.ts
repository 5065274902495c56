import type { TFunction } from 'i18next';
import { endOfDay, fieldOf, initialRoundValues, parseEmailList, toOpenRoundRequest } from './round-form';

const t = ((key: string) => key) as unknown as TFunction<'common'>;
const messages = { closesInFuture: 'future' };
const VERSION = '11111111-1111-4111-8111-111111111111';
const valid = {
  ...initialRoundValues('fi'),
  frameworkVersionId: VERSION,
  title: 'Kevät 2027',
  groups: ['teachers' as const, 'learners' as const],
  questions: ['Onko budjetti riittävä?'],
};

describe('open round form', () => {
  it('maps the values to the request', () => {
    const result = toOpenRoundRequest(
      { ...valid, closesOn: '2027-06-30' },
      t,
      messages,
      new Date('2027-01-01'),
    );
    expect(result).toEqual({
      request: {
        frameworkVersionId: VERSION,
        title: 'Kevät 2027',
        locale: 'fi',
        respondentGroups: ['teachers', 'learners'],
        customQuestions: [{ text: 'Onko budjetti riittävä?' }],
        minGroupSize: 3,
        closesAt: endOfDay('2027-06-30'),
      },
    });
  });

  it('names the fields to fix, own questions by their position', () => {
    const result = toOpenRoundRequest(
      { ...valid, frameworkVersionId: '', groups: [], questions: ['ok', ''], minGroupSize: '2' },
      t,
      messages,
    );
    expect('errors' in result && Object.keys(result.errors).sort()).toEqual([
      'frameworkVersionId',
      'groups',
      'minGroupSize',
      'questions.1',
    ]);
  });

  it('refuses a closing date that has passed', () => {
    const result = toOpenRoundRequest(
      { ...valid, closesOn: '2026-01-01' },
      t,
      messages,
      new Date('2027-01-01'),
    );
    expect(result).toEqual({ errors: { closesOn: 'future' } });
  });

  it('maps API paths to form fields', () => {
    expect(fieldOf(['customQuestions', 2, 'text'])).toBe('questions.2');
    expect(fieldOf(['respondentGroups'])).toBe('groups');
    expect(fieldOf(['closesAt'])).toBe('closesOn');
    expect(fieldOf(['title'])).toBe('title');
  });

  it('reads a pasted list of addresses: lower-cased, each once, the rest returned', () => {
    expect(parseEmailList('Ana@School.pt, ana@school.pt;\nbo@skola.se  not-an-address\n')).toEqual({
      emails: ['ana@school.pt', 'bo@skola.se'],
      invalid: ['not-an-address'],
    });
  });
});
