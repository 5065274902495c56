import i18n from 'i18next';
import type { LearningAgreementContent } from '@campus/contracts';
import {
  agreementRequest,
  agreementValues,
  emptyAgreementValues,
  languageList,
  newOutcome,
  serverErrors,
} from './agreement-form';

const t = i18n.getFixedT('en', 'common');
const ta = i18n.getFixedT('en', 'agreements');

const content: LearningAgreementContent = {
  objectives: 'See how the host school runs its international office.',
  outcomes: [
    {
      id: '00000000-0000-4000-8000-00000000000a',
      statement: 'Describe the mobility cycle.',
      category: 'knowledge',
    },
    { id: '00000000-0000-4000-8000-00000000000b', statement: 'Plan a week abroad.', category: null },
  ],
  tasks: 'Shadow the coordinator.',
  languages: ['en', 'fi'],
  mentoring: 'Daily check-in.',
  recognition: 'Staff development plan.',
};

describe('agreement form', () => {
  it('round-trips a saved version: same content, outcome ids kept, based on that version', () => {
    const values = agreementValues(content);
    expect(values.languages).toBe('en, fi');
    expect(values.outcomes[1].category).toBe('');
    expect(agreementRequest(values, 3, t, ta)).toEqual({ body: { content, basedOnVersion: 3 }, errors: {} });
  });

  it('gives a new outcome a fresh id of its own and reads languages separated by commas or spaces', () => {
    const a = newOutcome();
    const b = newOutcome();
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.id).not.toBe(b.id);
    expect(languageList(' EN,fi  sv;de ')).toEqual(['EN', 'fi', 'sv', 'de']);
    const values = {
      ...agreementValues(content),
      languages: 'EN fi',
      outcomes: [
        ...agreementValues(content).outcomes,
        { ...a, statement: 'Lead a meeting.', category: 'skills' as const },
      ],
    };
    const { body } = agreementRequest(values, null, t, ta);
    expect(body?.content.languages).toEqual(['en', 'fi']);
    expect(body?.content.outcomes.map((o) => o.id)).toEqual([...content.outcomes.map((o) => o.id), a.id]);
    expect(body?.basedOnVersion).toBeNull();
  });

  it('names each empty or invalid field in the words of the form', () => {
    const values = emptyAgreementValues();
    values.languages = 'finnish';
    const { body, errors } = agreementRequest(values, null, t, ta);
    expect(body).toBeNull();
    expect(errors).toEqual({
      objectives: 'Fill in this field.',
      'outcomes.0.statement': 'Fill in this field.',
      tasks: 'Fill in this field.',
      languages: 'Give one to 10 two-letter language codes, such as en, fi.',
      mentoring: 'Fill in this field.',
      recognition: 'Fill in this field.',
    });
    const none = agreementRequest({ ...agreementValues(content), outcomes: [] }, 1, t, ta);
    expect(none.errors).toEqual({ outcomes: 'Plan one to 30 learning outcomes.' });
  });

  it("puts the API's field errors on the form's fields", () => {
    expect(
      serverErrors({
        'content.outcomes.1.statement': 'Too long',
        'content.languages.2': 'Use a two-letter language code such as fi.',
        basedOnVersion: 'The current version is 4.',
      }),
    ).toEqual({
      'outcomes.1.statement': 'Too long',
      languages: 'Use a two-letter language code such as fi.',
      basedOnVersion: 'The current version is 4.',
    });
  });
});
