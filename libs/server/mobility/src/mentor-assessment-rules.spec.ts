import { assessmentProblems } from './mentor-assessment-rules';

const plan = { startDate: '2027-03-01', endDate: '2027-03-05' };
const planned = [{ id: 'o1' }, { id: 'o2' }];
const good = {
  actualStart: '2027-03-01',
  actualEnd: '2027-03-05',
  outcomes: [
    { outcomeId: 'o1', rating: 'achieved' as const },
    { outcomeId: 'o2', rating: 'partly' as const },
  ],
};
const fields = (req: Partial<typeof good>) =>
  assessmentProblems({ ...good, ...req }, plan, planned).map((e) => e.field);

describe('assessmentProblems', () => {
  it('accepts every planned outcome rated once within the planned dates', () => {
    expect(assessmentProblems(good, plan, planned)).toEqual([]);
  });

  it('accepts actual dates up to a week either side of the plan', () => {
    expect(fields({ actualStart: '2027-02-22', actualEnd: '2027-03-12' })).toEqual([]);
  });

  it('names the date a day beyond the week of slack', () => {
    expect(fields({ actualStart: '2027-02-21' })).toEqual(['actualStart']);
    expect(fields({ actualEnd: '2027-03-13' })).toEqual(['actualEnd']);
  });

  it('names actualEnd when it is before actualStart', () => {
    const [e] = assessmentProblems(
      { ...good, actualStart: '2027-03-04', actualEnd: '2027-03-02' },
      plan,
      planned,
    );
    expect(e).toEqual({ field: 'actualEnd', message: 'The actual end cannot be before the actual start.' });
  });

  it('names outcomes when one is missing, rated twice or not planned', () => {
    expect(fields({ outcomes: [good.outcomes[0]] })).toEqual(['outcomes']);
    expect(fields({ outcomes: [...good.outcomes, good.outcomes[1]] })).toEqual(['outcomes']);
    const [e] = assessmentProblems(
      { ...good, outcomes: [...good.outcomes, { outcomeId: 'o9', rating: 'achieved' }] },
      plan,
      planned,
    );
    expect(e.message).toContain('1 not in the agreed learning agreement');
  });
});
