import type { MobilityView } from '@campus/contracts';

/** A job shadowing in Tampere as the API answers it, for the feature's tests. */
export const mobilityView: MobilityView = {
  id: '0b8f5a52-3c1e-4d55-9b55-0f0f6a3c2d11',
  organisationId: '3f2e1d0c-1111-4222-8333-944455556666',
  participant: { id: '5d1c2b3a-1111-4222-8333-944455556666', name: 'Luca Bianchi', email: 'luca@school.it' },
  activityType: 'SM-JOB-SHDW',
  projectNumber: '2026-1-IT01-KA121-VET-000123456',
  mobilityId: 'M-001',
  host: {
    name: 'Tampereen seudun ammattiopisto',
    country: 'FI',
    city: 'Tampere',
    address: 'Sammonkatu 1',
    website: 'https://tredu.fi',
    oid: 'E10012345',
  },
  mentor: { name: 'Aino Virtanen', role: 'Teacher', email: 'aino@tredu.fi', language: 'fi' },
  startDate: '2027-03-01',
  endDate: '2027-03-12',
  travelDaysBefore: 1,
  travelDaysAfter: 2,
  transport: 'train',
  greenTravel: true,
  distanceBand: '2000-2999',
  interruptions: [{ from: '2027-03-06', to: '2027-03-07' }],
  status: 'draft',
  durationDays: 10,
  fundedTravelDays: 3,
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
};
