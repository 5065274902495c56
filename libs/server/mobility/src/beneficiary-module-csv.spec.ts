import { bmHeader, bmRow, splitName, type BmSourceRow } from './beneficiary-module-csv';

describe('Beneficiary Module CSV rows', () => {
  it('takes the last word of a name as the last name and the rest as first names', () => {
    expect(splitName('Maria Grazia Rossi')).toEqual({ firstName: 'Maria Grazia', lastName: 'Rossi' });
    expect(splitName('  Aino   Virtanen ')).toEqual({ firstName: 'Aino', lastName: 'Virtanen' });
    expect(splitName('Sokrates')).toEqual({ firstName: '', lastName: 'Sokrates' });
    expect(splitName('   ')).toEqual({ firstName: '', lastName: '' });
  });

  const row: BmSourceRow = {
    id: '6d1f0c1e-2f3a-4b5c-8d7e-9f0a1b2c3d4e',
    mobility_code: 'MOB-1',
    activity_type: 'SM-JOB-SHDW',
    participant_name: 'Γιώργος Παπαδόπουλος',
    participant_email: 'g@example.gr',
    sending_name: 'EPAL Thessalonikis',
    sending_country: 'GR',
    host_name: 'Tredu',
    host_oid: null,
    host_country: 'FI',
    host_city: 'Tampere',
    start_date: '2027-03-01',
    end_date: '2027-03-12',
    interruptions: [
      { from: '2027-03-05', to: '2027-03-06' },
      { from: '2027-03-06', to: '2027-03-07' },
    ],
    travel_days_before: 3,
    travel_days_after: 4,
    distance_band: '2000-2999',
    green_travel: true,
    transport: 'bus',
    project_number: '2026-1-EL01-KA121-VET-000000001',
    status: 'in_progress',
  };

  it('writes duration without interruptions, travel days and the funded ones, in the reader’s words', () => {
    expect(bmRow(row, 'el')).toEqual([
      'MOB-1',
      'SM-JOB-SHDW',
      'Γιώργος',
      'Παπαδόπουλος',
      'g@example.gr',
      'EPAL Thessalonikis',
      'GR',
      'Tredu',
      null,
      'FI',
      'Tampere',
      '2027-03-01',
      '2027-03-12',
      9,
      7,
      6,
      '2000-2999',
      'Ναι',
      'Λεωφορείο',
      '2026-1-EL01-KA121-VET-000000001',
      'Σε εξέλιξη',
    ]);
    expect(bmRow({ ...row, green_travel: false }, 'sv').slice(15, 19)).toEqual([
      2,
      '2000-2999',
      'Nej',
      'Buss',
    ]);
  });

  it('has one header per cell, in every language, falling back to English', () => {
    for (const locale of ['en', 'it', 'fi', 'pt', 'el', 'de', 'es', 'sv']) {
      const header = bmHeader(locale);
      expect(header).toHaveLength(bmRow(row, locale).length);
      expect(new Set(header).size).toBe(header.length);
    }
    expect(bmHeader('xx')[0]).toBe('Mobility ID');
  });
});
