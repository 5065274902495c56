import i18n from 'i18next';
import { formValuesOf, parseLogEntryForm } from './logbook-form';

const t = i18n.getFixedT('en', 'common');
const parse = (values: Partial<ReturnType<typeof formValuesOf>>) =>
  parseLogEntryForm('2027-03-01', { ...formValuesOf(null), ...values }, t, 'Quarter hours only');

describe('log entry form', () => {
  it('reads hours written with a decimal comma and trims the texts', () => {
    expect(parse({ hours: '6,5', activities: '  Shadowed the coordinator  ' })).toEqual({
      ok: true,
      body: {
        date: '2027-03-01',
        hours: 6.5,
        activities: 'Shadowed the coordinator',
        outcomeIds: [],
        reflection: '',
      },
    });
  });

  it('names each bad field with the same rules as the API', () => {
    expect(parse({ hours: '', activities: ' ' })).toEqual({
      ok: false,
      errors: { hours: 'Fill in this field.', activities: 'Fill in this field.' },
    });
    expect(parse({ hours: '17', activities: 'x' })).toMatchObject({ errors: { hours: 'Enter 16 or less.' } });
    expect(parse({ hours: 'six', activities: 'x' })).toMatchObject({ errors: { hours: 'Enter a number.' } });
    expect(parse({ hours: '6.3', activities: 'x' })).toMatchObject({
      errors: { hours: 'Quarter hours only' },
    });
  });

  it('fills the form from a saved entry', () => {
    expect(
      formValuesOf({ hours: 7.25, activities: 'Met parents', outcomeIds: ['o1'], reflection: 'Useful' }),
    ).toEqual({ hours: '7.25', activities: 'Met parents', outcomeIds: ['o1'], reflection: 'Useful' });
  });
});
