import type { TFunction } from 'i18next';
import { courseRequest, emptyCourseValues } from './course-form';

// The keys stand for the translated texts: what matters is which message a field gets.
const t = ((key: string) => key) as unknown as TFunction<'common'>;
const DATES_IN_ORDER = 'dates in order';

function request(
  dates: Partial<Record<'enrolmentOpensAt' | 'enrolmentClosesAt' | 'startsAt' | 'endsAt', string>>,
) {
  const values = { ...emptyCourseValues('en'), title: 'A course', slug: 'a-course', ...dates };
  return courseRequest(values, 'Europe/Rome', t, DATES_IN_ORDER);
}

describe('courseRequest dates', () => {
  it('accepts a run whose dates are in order', () => {
    const { body, errors } = request({ startsAt: '2027-03-01T09:00', endsAt: '2027-03-31T17:00' });
    expect(errors).toEqual({});
    expect(body?.startsAt).toBe('2027-03-01T08:00:00.000Z');
  });

  it('says the dates must be in order when enrolment closes before it opens', () => {
    const { body, errors } = request({
      enrolmentOpensAt: '2027-03-10T09:00',
      enrolmentClosesAt: '2027-03-01T09:00',
    });
    expect(body).toBeNull();
    expect(errors['enrolmentClosesAt']).toBe(DATES_IN_ORDER);
  });

  it('names the storable years for a date the server cannot keep, not the order rule', () => {
    const { body, errors } = request({ startsAt: '1850-03-01T09:00' });
    expect(body).toBeNull();
    expect(errors['startsAt']).toBe('validation.dateRange');
  });
});
