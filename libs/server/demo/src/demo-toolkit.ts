import type { MobilityActivityType, RespondentGroup } from '@campus/contracts';

/**
 * The demo schools' self-assessment rounds and roadmap (issue 11). Scores come from a fixed
 * pseudo-random sequence around each area's level, so every seeded database shows the same
 * results: the Demo VET School is strong on partnerships and mobility, clearly weaker on
 * recognition and inclusion, which is where its roadmap starts.
 */
export interface DemoRound {
  organisationName: string;
  title: string;
  /** The manager who opened it. */
  openedByEmail: string;
  locale: 'en' | 'fi';
  status: 'open' | 'closed';
  /** Days before today the round opened and (closed rounds) closed. */
  openedDaysAgo: number;
  closedDaysAgo?: number;
  /** Open rounds: days from today until they close. */
  closesInDays?: number;
  respondents: Partial<Record<RespondentGroup, number>>;
  customQuestions: string[];
  /** The level (1-5) each area's scores scatter around; areas not named sit at 3.3. */
  areaLevels: Record<string, number>;
  /** Added to the level for a group: leaders see the school a little more kindly than learners. */
  groupBias: Partial<Record<RespondentGroup, number>>;
  seed: number;
}

export const DEMO_TOOLKIT_ROUNDS: DemoRound[] = [
  {
    organisationName: 'Demo VET School',
    title: 'Self-assessment autumn 2026',
    openedByEmail: 'manager@demo.campus',
    locale: 'en',
    status: 'closed',
    openedDaysAgo: 70,
    closedDaysAgo: 35,
    respondents: { leaders: 4, teachers: 9, administrative_staff: 5, learners: 7 },
    customQuestions: ['We would recommend a period abroad with our school to a friend or colleague.'],
    areaLevels: {
      'strategy-leadership': 3.6,
      'international-office': 3.4,
      'staff-competences': 3.2,
      partnerships: 4.1,
      'mobility-management': 3.9,
      'curriculum-integration': 3.0,
      recognition: 2.1,
      inclusion: 2.4,
      'communication-dissemination': 3.3,
    },
    groupBias: { leaders: 0.4, teachers: 0, administrative_staff: 0.1, learners: -0.3 },
    seed: 20261,
  },
  {
    organisationName: 'Demo VET School',
    title: 'Self-assessment spring 2027',
    openedByEmail: 'manager@demo.campus',
    locale: 'en',
    status: 'open',
    openedDaysAgo: 3,
    closesInDays: 45,
    respondents: { leaders: 2, teachers: 3, learners: 2 },
    customQuestions: [],
    areaLevels: {
      'strategy-leadership': 3.8,
      partnerships: 4.1,
      'mobility-management': 4.0,
      recognition: 2.7,
      inclusion: 2.9,
    },
    groupBias: { leaders: 0.3, learners: -0.2 },
    seed: 20271,
  },
  {
    organisationName: 'Partner VET School',
    title: 'Itsearviointi syksy 2026',
    openedByEmail: 'manager@partner.campus',
    locale: 'fi',
    status: 'closed',
    openedDaysAgo: 60,
    closedDaysAgo: 28,
    respondents: { leaders: 3, teachers: 6, learners: 5 },
    customQuestions: [],
    areaLevels: {
      'strategy-leadership': 3.9,
      'international-office': 4.0,
      'staff-competences': 3.8,
      partnerships: 3.7,
      'mobility-management': 4.2,
      'curriculum-integration': 3.5,
      recognition: 3.6,
      inclusion: 3.9,
      'communication-dissemination': 2.8,
    },
    groupBias: { leaders: 0.2, learners: -0.2 },
    seed: 20262,
  },
];

export interface DemoAction {
  title: string;
  ownerEmail: string;
  /** Negative: already past (the first is done, the second overdue). */
  dueInDays: number;
  status: 'planned' | 'in_progress' | 'done';
  notes: string;
}

export const DEMO_ROADMAP = {
  organisationName: 'Demo VET School',
  title: 'Erasmus Plan 2027-2029',
  sourceRoundTitle: 'Self-assessment autumn 2026',
  startsOn: '2027-01-01',
  endsOn: '2029-12-31',
  activityEstimates: [
    { year: 2027, activityType: 'LM-SHORT-VET', participants: 24 },
    { year: 2027, activityType: 'SM-JOB-SHDW', participants: 6 },
    { year: 2028, activityType: 'LM-SHORT-VET', participants: 30 },
    { year: 2028, activityType: 'LM-LONG-VET', participants: 4 },
    { year: 2028, activityType: 'SM-COUR-TRAIN', participants: 5 },
    { year: 2029, activityType: 'LM-SHORT-VET', participants: 34 },
    { year: 2029, activityType: 'SM-JOB-SHDW', participants: 8 },
  ] as { year: number; activityType: MobilityActivityType; participants: number }[],
  /** Target of an area-score objective: this much above the round's score, at most 5. */
  targetGain: 1,
  /** Actions per focus area (the round's two weakest areas), owned by the demo trainer and manager. */
  actions: {
    recognition: [
      {
        title: 'Map the units of our qualifications that partners abroad can teach and assess',
        ownerEmail: 'trainer@demo.campus',
        dueInDays: -20,
        status: 'done',
        notes: 'Done for the hospitality and mechatronics programmes; the table is in the shared drive.',
      },
      {
        title: 'Agree assessment criteria for learning abroad with our three main host companies',
        ownerEmail: 'manager@demo.campus',
        dueInDays: -6,
        status: 'in_progress',
        notes: 'Two of the three hosts have answered.',
      },
    ],
    inclusion: [
      {
        title: 'Offer an accompanying person and a two-week format to first-time participants',
        ownerEmail: 'manager@demo.campus',
        dueInDays: 40,
        status: 'planned',
        notes: '',
      },
      {
        title: 'Train class teachers to spot and encourage learners with fewer opportunities',
        ownerEmail: 'trainer@demo.campus',
        dueInDays: 95,
        status: 'planned',
        notes: '',
      },
    ],
  } as Record<string, DemoAction[]>,
};

/**
 * mulberry32: a small, well-spread pseudo-random sequence from a 32-bit seed. Demo scores must
 * be the same on every run (tests and screenshots compare them), so never Math.random.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEFAULT_LEVEL = 3.3;

/** One respondent's score for a statement: the area's level, the group's bias and some scatter. */
export function demoScore(level: number, bias: number, random: () => number): number {
  // About one answer in thirty is "does not apply", as in real rounds.
  if (random() < 0.03) return 0;
  const scatter = (random() + random() - 1) * 1.6;
  return Math.min(5, Math.max(1, Math.round(level + bias + scatter)));
}

export interface DemoResponse {
  group: RespondentGroup;
  answers: Record<string, number>;
  customAnswers: Record<string, number>;
  /** Days before today it was submitted. */
  daysAgo: number;
}

/** The round's responses, the same for the same round definition and statements. */
export function demoResponses(
  round: DemoRound,
  areas: { key: string; statements: { key: string }[] }[],
): DemoResponse[] {
  const random = seededRandom(round.seed);
  const firstDay = round.openedDaysAgo;
  const lastDay = round.closedDaysAgo ?? 0;
  const responses: DemoResponse[] = [];
  for (const [group, count] of Object.entries(round.respondents) as [RespondentGroup, number][]) {
    const bias = round.groupBias[group] ?? 0;
    for (let i = 0; i < count; i++) {
      const answers: Record<string, number> = {};
      for (const area of areas) {
        const level = round.areaLevels[area.key] ?? DEFAULT_LEVEL;
        for (const s of area.statements) answers[s.key] = demoScore(level, bias, random);
      }
      const customAnswers = Object.fromEntries(
        round.customQuestions.map((_, q) => [`q${q + 1}`, demoScore(4, bias, random)]),
      );
      const daysAgo = lastDay + Math.floor(random() * Math.max(1, firstDay - lastDay));
      responses.push({ group, answers, customAnswers, daysAgo });
    }
  }
  return responses;
}
