import i18n from '../../../i18n';
import { assessmentRequest, assessmentValues } from './assessment-form';

const plan = { startDate: '2027-03-01', endDate: '2027-03-05' };
const outcomes = [
  { id: '11111111-1111-4111-8111-111111111111', statement: 'Describe the mobility cycle.', category: null },
  { id: '22222222-2222-4222-8222-222222222222', statement: 'Prepare a learning agreement.', category: null },
];
const t = i18n.getFixedT('en', 'common');
const tm = i18n.getFixedT('en', 'mentor');

function rated(patch: Partial<ReturnType<typeof assessmentValues>> = {}) {
  return {
    ...assessmentValues(outcomes, plan, null),
    ratings: { [outcomes[0].id]: 'achieved' as const, [outcomes[1].id]: 'not_achieved' as const },
    statement: 'Leads partner meetings on her own.',
    ...patch,
  };
}

describe('assessment form', () => {
  it('starts from the planned dates with nothing rated, or from the earlier assessment', () => {
    expect(assessmentValues(outcomes, plan, null)).toEqual({
      actualStart: '2027-03-01',
      actualEnd: '2027-03-05',
      ratings: { [outcomes[0].id]: '', [outcomes[1].id]: '' },
      statement: '',
    });
    const earlier = {
      agreementVersion: 1,
      actualStart: '2027-03-02',
      actualEnd: '2027-03-04',
      outcomes: [{ outcomeId: outcomes[1].id, rating: 'partly' as const }],
      statement: 'Good.',
      submittedAt: '2027-03-06T10:00:00Z',
    };
    expect(assessmentValues(outcomes, plan, earlier).ratings).toEqual({
      [outcomes[0].id]: '',
      [outcomes[1].id]: 'partly',
    });
  });

  it('makes the request when every outcome is rated and the dates are plausible', () => {
    const { body, errors } = assessmentRequest(rated(), outcomes, plan, t, tm);
    expect(errors).toEqual({});
    expect(body?.outcomes).toEqual([
      { outcomeId: outcomes[0].id, rating: 'achieved' },
      { outcomeId: outcomes[1].id, rating: 'not_achieved' },
    ]);
  });

  it('names each unrated outcome, a date beyond a week of the plan, dates out of order and an empty statement', () => {
    const unrated = assessmentRequest(
      rated({ ratings: { [outcomes[0].id]: 'achieved', [outcomes[1].id]: '' } }),
      outcomes,
      plan,
      t,
      tm,
    );
    expect(unrated.body).toBeNull();
    expect(Object.keys(unrated.errors)).toEqual([`rating.${outcomes[1].id}`]);

    expect(assessmentRequest(rated({ actualStart: '2027-02-21' }), outcomes, plan, t, tm).errors).toEqual({
      actualStart: 'Choose a date between 2027-02-22 and 2027-03-12.',
    });
    expect(
      assessmentRequest(rated({ actualStart: '2027-03-04', actualEnd: '2027-03-02' }), outcomes, plan, t, tm)
        .errors,
    ).toEqual({ actualEnd: 'The last day cannot be before the first day.' });
    expect(Object.keys(assessmentRequest(rated({ statement: ' ' }), outcomes, plan, t, tm).errors)).toEqual([
      'statement',
    ]);
  });
});
