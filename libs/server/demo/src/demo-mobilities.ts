import type { LearningAgreementContent, OutcomeRating } from '@campus/contracts';

/**
 * The demo mobilities (issue 10): `learner@demo.campus` job-shadowing in Tampere right now, with a
 * Finnish-speaking mentor; `graduate@demo.campus` back from Valencia with a validated mobility.
 * Dates are days relative to the day the demo is first seeded, so the first one is always in
 * progress on a fresh start. Host schools and addresses are invented (`.example` web addresses).
 */
export interface DemoMobility {
  participantEmail: string;
  managerEmail: string;
  projectNumber: string;
  mobilityId: string;
  host: { name: string; country: string; city: string; address: string; website: string };
  mentor: { name: string; role: string; email: string; language: string };
  /** Days from the seeding day (negative: in the past). */
  startOffset: number;
  endOffset: number;
  distanceBand: string;
  agreement: LearningAgreementContent;
  /** Days of the activity (0 = first day) with an entry, and whether the mentor confirmed it. */
  entries: { day: number; hours: number; activities: string; reflection: string; confirmed: boolean }[];
  /** Present when the mentor has assessed the mobility and the manager validated it. */
  assessment?: { ratings: OutcomeRating[]; statement: string };
}

const PROJECT = '2026-1-IT01-KA121-VET-000123456';

export const DEMO_MOBILITIES: DemoMobility[] = [
  {
    participantEmail: 'learner@demo.campus',
    managerEmail: 'manager@demo.campus',
    projectNumber: PROJECT,
    mobilityId: 'DEMO-JS-0001',
    host: {
      name: 'Tampere Vocational College',
      country: 'FI',
      city: 'Tampere',
      address: 'Sammonkatu 12, 33540 Tampere',
      website: 'https://tampere-vocational-college.example',
    },
    mentor: {
      name: 'Mikko Laine',
      role: 'International coordinator',
      email: 'mikko.laine@tampere-vocational-college.example',
      language: 'fi',
    },
    startOffset: -3,
    endOffset: 8,
    distanceBand: '2000-2999',
    agreement: {
      objectives:
        'Learn how a Finnish VET college runs its International Office: planning mobilities, hosting incoming staff and learners, and recognising what they learn abroad.',
      outcomes: [
        {
          id: '6f1e2c3a-1b2c-4d5e-8f90-a1b2c3d4e5f6',
          statement: 'Describe how the host college plans and budgets its Erasmus+ mobilities.',
          category: 'knowledge',
        },
        {
          id: '7a2f3d4b-2c3d-4e6f-9a01-b2c3d4e5f6a7',
          statement: 'Prepare a learning agreement for an incoming learner together with a host company.',
          category: 'skills',
        },
        {
          id: '8b3a4e5c-3d4e-4f70-8b12-c3d4e5f6a7b8',
          statement: 'Take charge of the welcome and follow-up of a visiting group.',
          category: 'responsibility',
        },
      ],
      tasks:
        'Shadow the international coordinator; join the weekly mobility team meeting; visit two host companies with an incoming learner; co-write a learning agreement; present our school to the staff.',
      languages: ['en', 'fi'],
      mentoring:
        'Daily check-in with the mentor at 15:00; the mentor confirms the logbook entries every few days.',
      recognition:
        'The mobility credential is added to the participant’s staff development record and shared with the school board.',
    },
    entries: [
      {
        day: 0,
        hours: 7,
        activities:
          'Welcome at the International Office; tour of the college workshops; introduction to the mobility team.',
        reflection:
          'The team splits incoming and outgoing mobilities between two coordinators, which keeps follow-up clear.',
        confirmed: true,
      },
      {
        day: 1,
        hours: 6.5,
        activities:
          'Weekly mobility team meeting; budgeting of the next Erasmus+ round with the coordinator.',
        reflection: 'Their budget sheet links each mobility to its grant line; I want to try this at home.',
        confirmed: false,
      },
      {
        day: 2,
        hours: 7.5,
        activities:
          'Visit to a host company with an incoming learner from Spain; drafting the learner’s learning agreement.',
        reflection: 'Writing the outcomes together with the company tutor made them concrete and checkable.',
        confirmed: false,
      },
    ],
  },
  {
    participantEmail: 'graduate@demo.campus',
    managerEmail: 'manager@demo.campus',
    projectNumber: PROJECT,
    mobilityId: 'DEMO-JS-0002',
    host: {
      name: 'Valencia Centre for Vocational Training',
      country: 'ES',
      city: 'Valencia',
      address: 'Carrer de Colón 20, 46004 Valencia',
      website: 'https://valencia-vocational-centre.example',
    },
    mentor: {
      name: 'Lucía Martínez',
      role: 'Head of international projects',
      email: 'lucia.martinez@valencia-vocational-centre.example',
      language: 'es',
    },
    startOffset: -60,
    endOffset: -51,
    distanceBand: '500-1999',
    agreement: {
      objectives:
        'Learn how a Spanish VET centre recognises the learning outcomes of learners back from placements abroad.',
      outcomes: [
        {
          id: '9c4b5f6d-4e5f-4a81-9c23-d4e5f6a7b8c9',
          statement: 'Explain the centre’s procedure for recognising learning outcomes achieved abroad.',
          category: 'knowledge',
        },
        {
          id: 'ad5c6a7e-5f6a-4b92-8d34-e5f6a7b8c9da',
          statement: 'Assess a returning learner’s portfolio against the planned outcomes.',
          category: 'skills',
        },
      ],
      tasks:
        'Shadow the head of international projects; attend two recognition interviews; review three learner portfolios.',
      languages: ['en', 'es'],
      mentoring: 'A meeting with the mentor at the start and the end of each day.',
      recognition:
        'Recognised as staff training by the sending school; the credential joins the staff record.',
    },
    entries: [
      {
        day: 0,
        hours: 7,
        activities: 'Introduction to the centre and its recognition procedure.',
        reflection: 'Recognition starts before departure: outcomes are agreed with the company first.',
        confirmed: true,
      },
      {
        day: 1,
        hours: 7,
        activities: 'Two recognition interviews with returning learners.',
        reflection: 'Evidence from the host company carries most weight.',
        confirmed: true,
      },
      {
        day: 2,
        hours: 6,
        activities: 'Reviewed three learner portfolios with the mentor.',
        reflection: 'A shared rubric made our judgements agree.',
        confirmed: true,
      },
    ],
    assessment: {
      ratings: ['achieved', 'achieved'],
      statement:
        'Sofia understood our recognition procedure quickly and assessed two returning learners’ portfolios with our rubric, reaching the same judgements as our staff. She can set up a comparable procedure in her own school.',
    },
  },
];
