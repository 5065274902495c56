import { actionDueOccasion, reminderWindow } from './roadmap-reminder-rules';

describe('roadmap reminder window', () => {
  it('runs from the day an action became overdue to three days ahead, across months and years', () => {
    expect(reminderWindow('2030-03-07')).toEqual({ from: '2030-03-06', to: '2030-03-10' });
    expect(reminderWindow('2030-03-01')).toEqual({ from: '2030-02-28', to: '2030-03-04' });
    expect(reminderWindow('2030-12-30')).toEqual({ from: '2030-12-29', to: '2031-01-02' });
  });

  it('names an occasion by action and due date, so a new due date is reminded again', () => {
    expect(actionDueOccasion('a1', '2030-03-10')).not.toBe(actionDueOccasion('a1', '2030-03-09'));
    expect(actionDueOccasion('a1', '2030-03-10')).toBe('a1:2030-03-10');
  });
});
