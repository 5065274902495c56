import { toReportQuery } from './report-filter';

const none = { year: '', projectNumber: '', country: '', activityType: '', status: '' };

describe('toReportQuery', () => {
  it('passes the filters the API accepts, normalised as the API reads them', () => {
    expect(
      toReportQuery({
        year: '2027',
        projectNumber: ' 2026-1-IT01-KA121-VET-000123456 ',
        country: 'fi',
        activityType: 'SM-JOB-SHDW',
        status: 'validated',
      }),
    ).toEqual({
      year: 2027,
      projectNumber: '2026-1-IT01-KA121-VET-000123456',
      country: 'FI',
      activityType: 'SM-JOB-SHDW',
      status: 'validated',
    });
  });

  it('leaves out a half-typed year, an unknown country or status, and empty values', () => {
    expect(toReportQuery({ ...none, year: '202', country: 'ZZ', status: 'lost', activityType: '' })).toEqual(
      {},
    );
    expect(toReportQuery({ ...none, year: '2026', country: 'ZZ' })).toEqual({ year: 2026 });
  });
});
