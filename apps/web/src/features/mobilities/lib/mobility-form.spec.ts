import type { TFunction } from 'i18next';
import {
  emptyMobilityValues,
  mobilityRequest,
  mobilityValues,
  newInterruption,
  withoutErrors,
  type MobilityFormValues,
} from './mobility-form';
import { mobilityView as view } from '../testing/mobility-view.fixture';

// The keys stand for the translated texts: what matters is which message a field gets.
const t = ((key: string) => key) as unknown as TFunction<'common'>;

function filled(change: (v: MobilityFormValues) => void = () => undefined): MobilityFormValues {
  const values = mobilityValues(view);
  change(values);
  return values;
}

describe('mobility form mapping', () => {
  it('turns a saved record into form values and back into the same request', () => {
    const { body, errors } = mobilityRequest(mobilityValues(view), t);
    expect(errors).toEqual({});
    const {
      id,
      organisationId,
      participant,
      status,
      durationDays,
      fundedTravelDays,
      createdAt,
      updatedAt,
      ...fields
    } = view;
    expect(body).toEqual({ ...fields, participantId: participant.id });
  });

  it('sends no OID when the field is left empty, no travel days when empty, and tidies what was typed', () => {
    const { body } = mobilityRequest(
      filled((v) => {
        v.host.oid = '  ';
        v.host.city = '  Tampere ';
        v.mentor.email = 'Aino@Tredu.FI';
        v.travelDaysBefore = '';
        v.travelDaysAfter = ' 3 ';
      }),
      t,
    );
    expect(body).toMatchObject({
      host: { oid: null, city: 'Tampere' },
      mentor: { email: 'aino@tredu.fi' },
      travelDaysBefore: 0,
      travelDaysAfter: 3,
    });
  });

  it('names every field a new, empty form still needs, nested ones by their path', () => {
    const { body, errors } = mobilityRequest(emptyMobilityValues(), t);
    expect(body).toBeNull();
    expect(errors).toEqual({
      participantId: 'validation.required',
      activityType: 'validation.required',
      projectNumber: 'validation.required',
      mobilityId: 'validation.required',
      'host.name': 'validation.required',
      'host.country': 'validation.required',
      'host.city': 'validation.required',
      'host.address': 'validation.required',
      'host.website': 'validation.required',
      'mentor.name': 'validation.required',
      'mentor.role': 'validation.required',
      'mentor.email': 'validation.required',
      'mentor.language': 'validation.required',
      startDate: 'validation.required',
      endDate: 'validation.required',
      transport: 'validation.required',
      distanceBand: 'validation.required',
    });
  });

  it('explains wrong values: travel days, e-mail, website, OID and an unstorable interruption date', () => {
    const { body, errors } = mobilityRequest(
      filled((v) => {
        v.travelDaysBefore = '7';
        v.travelDaysAfter = 'two';
        v.mentor.email = 'aino at tredu';
        v.host.website = 'ftp://tredu.fi';
        v.host.oid = '12345';
        v.interruptions = [newInterruption('1850-03-06', '2027-03-07')];
      }),
      t,
    );
    expect(body).toBeNull();
    expect(errors).toEqual({
      travelDaysBefore: 'validation.atMost',
      travelDaysAfter: 'validation.number',
      'mentor.email': 'validation.email',
      'host.website': 'validation.invalid',
      'host.oid': 'validation.invalid',
      'interruptions.0.from': 'validation.dateRange',
    });
  });

  it('clears the errors of a field and of the fields under it, keeping the others', () => {
    const errors = { 'host.city': 'a', 'host.country': 'b', hostel: 'c', endDate: 'd' };
    expect(withoutErrors(errors, 'host')).toEqual({ hostel: 'c', endDate: 'd' });
    expect(withoutErrors(errors, 'endDate')).toEqual({ 'host.city': 'a', 'host.country': 'b', hostel: 'c' });
    expect(withoutErrors(errors, 'startDate')).toBe(errors);
  });
});
