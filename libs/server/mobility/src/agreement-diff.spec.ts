import type { LearningAgreementContent } from '@campus/contracts';
import { agreementDiff, isNoChange, sameContent } from './agreement-diff';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';

const v1: LearningAgreementContent = {
  objectives: 'See how a Finnish VET school runs its international office.',
  outcomes: [
    { id: A, statement: 'Describe the mobility cycle of the host school.', category: 'knowledge' },
    { id: B, statement: 'Plan a job-shadowing week.', category: null },
  ],
  tasks: 'Shadow the coordinator; attend two partner meetings.',
  languages: ['en', 'fi'],
  mentoring: 'Daily check-in with the mentor.',
  recognition: 'Staff development plan of the sending school.',
};

describe('agreementDiff', () => {
  it('shows nothing for the same content, or only a new order of outcomes and languages', () => {
    expect(isNoChange(agreementDiff(v1, v1))).toBe(true);
    const reordered = { ...v1, outcomes: [...v1.outcomes].reverse(), languages: ['fi', 'en'] };
    expect(agreementDiff(v1, reordered)).toEqual({
      fields: [],
      outcomesAdded: [],
      outcomesRemoved: [],
      outcomesChanged: [],
      languagesAdded: [],
      languagesRemoved: [],
    });
  });

  it('names each changed text field with its text before and after, in the order of the form', () => {
    const after = { ...v1, recognition: 'Europass Mobility record.', objectives: 'New objectives.' };
    const changes = agreementDiff(v1, after);
    expect(changes.fields).toEqual([
      { field: 'objectives', before: v1.objectives, after: 'New objectives.' },
      { field: 'recognition', before: v1.recognition, after: 'Europass Mobility record.' },
    ]);
    expect(isNoChange(changes)).toBe(false);
  });

  it('matches outcomes by id: added, removed, and changed in statement or category', () => {
    const after: LearningAgreementContent = {
      ...v1,
      outcomes: [
        { id: A, statement: v1.outcomes[0].statement, category: 'skills' },
        { id: C, statement: 'Use the Beneficiary Module.', category: 'skills' },
      ],
    };
    const changes = agreementDiff(v1, after);
    expect(changes.outcomesAdded).toEqual([after.outcomes[1]]);
    expect(changes.outcomesRemoved).toEqual([v1.outcomes[1]]);
    expect(changes.outcomesChanged).toEqual([{ id: A, before: v1.outcomes[0], after: after.outcomes[0] }]);

    const reworded = { ...v1, outcomes: [v1.outcomes[0], { ...v1.outcomes[1], statement: 'Plan a week.' }] };
    expect(agreementDiff(v1, reworded).outcomesChanged).toEqual([
      { id: B, before: v1.outcomes[1], after: reworded.outcomes[1] },
    ]);
  });

  it('lists languages added and removed', () => {
    const changes = agreementDiff(v1, { ...v1, languages: ['fi', 'sv', 'de'] });
    expect(changes.languagesAdded).toEqual(['sv', 'de']);
    expect(changes.languagesRemoved).toEqual(['en']);
    expect(changes.fields).toEqual([]);
  });
});

describe('sameContent', () => {
  it('ignores the order of keys but not the order of outcomes or languages', () => {
    const { recognition, ...rest } = v1;
    const keysReordered: LearningAgreementContent = { recognition, ...rest };
    expect(Object.keys(keysReordered)).not.toEqual(Object.keys(v1));
    expect(sameContent(v1, keysReordered)).toBe(true);
    expect(sameContent(v1, { ...v1, outcomes: [...v1.outcomes].reverse() })).toBe(false);
    expect(sameContent(v1, { ...v1, languages: ['fi', 'en'] })).toBe(false);
    expect(sameContent(v1, { ...v1, tasks: 'Other tasks.' })).toBe(false);
  });
});
