import { LOCALES, type RespondentGroup } from '@campus/contracts';
import { resultsCsv } from './results-csv';
import { renderResultsPdf } from './results-pdf';
import type { KeyTally, ResultsRound, SummaryRound } from './results-queries';
import { buildResultsView } from './results-view';
import { SHIPPED_FRAMEWORK_CONTENT } from './shipped-framework';

const round: ResultsRound = {
  id: 'round-2',
  organisationId: 'org',
  organisationName: 'Istituto Tecnico Volta',
  title: 'Spring 2027',
  status: 'closed',
  closedAt: new Date('2027-04-30T12:00:00Z'),
  createdAt: new Date('2027-03-01T12:00:00Z'),
  respondentGroups: ['leaders', 'teachers', 'learners'],
  customQuestions: [{ key: 'q1', text: 'Our pupils want to go abroad.' }],
  minGroupSize: 3,
  frameworkId: 'fw',
  frameworkSlug: 'vet-internationalisation',
  versionId: 'v1',
  version: 1,
  content: SHIPPED_FRAMEWORK_CONTENT,
  dueToClose: false,
  nextClosesAt: null,
};

const statements = SHIPPED_FRAMEWORK_CONTENT.areas.flatMap((a) => a.statements.map((s) => s.key));
/** Every statement scored `score` by `respondents` people of `group`, one "does not apply" each. */
function tallies(group: RespondentGroup, respondents: number, score: number): KeyTally[] {
  return statements.map((key) => ({
    group,
    custom: false,
    key,
    sum: score * (respondents - 1),
    count: respondents - 1,
    doesNotApply: 1,
  }));
}

const earlier: SummaryRound = {
  roundId: 'round-1',
  title: 'Autumn 2026',
  closedAt: new Date('2026-11-20T10:00:00Z'),
  minGroupSize: 3,
  rows: SHIPPED_FRAMEWORK_CONTENT.areas.map((a) => ({
    group: 'teachers' as const,
    areaKey: a.key,
    sum: 10,
    count: 5,
    respondents: 5,
  })),
};

function view(locale: (typeof LOCALES)[number]) {
  return buildResultsView({
    round,
    locale,
    tallies: [...tallies('teachers', 5, 4), ...tallies('learners', 4, 3), ...tallies('leaders', 2, 1)],
    respondents: new Map<RespondentGroup, number>([
      ['teachers', 5],
      ['learners', 4],
      ['leaders', 2],
    ]),
    earlier: [earlier],
    peers: { schools: 6, medians: new Map([['inclusion', 3.456]]) },
  });
}

describe('results view and its exports', () => {
  it('hides the small group and pools only the shown ones for the overall score', () => {
    const v = view('en');
    const area = v.areas[0];
    // Teachers 4 (4 scores), learners 3 (3 scores): (16 + 9) / 7 = 3.57; the 2 leaders are left out.
    expect(area.byGroup).toEqual({ leaders: null, teachers: 4, learners: 3 });
    expect(area.statements[0]).toMatchObject({ score: 3.57, doesNotApply: 2 });
    expect(area.spread).toBe(1);
    expect(area.earlier).toEqual([
      { roundId: 'round-1', title: 'Autumn 2026', closedAt: '2026-11-20T10:00:00.000Z', score: 2 },
    ]);
    expect(v.areas.find((a) => a.key === 'inclusion')?.peerMedian).toBe(3.46);
    expect(v.peers).toEqual({ schools: 6, shown: true });
    expect(v.respondents).toEqual({
      total: 11,
      byGroup: [
        { group: 'leaders', count: 2, shown: false },
        { group: 'teachers', count: 5, shown: true },
        { group: 'learners', count: 4, shown: true },
      ],
    });
  });

  // The API test reads the PDF's text (English and Greek); here every language renders, with
  // the framework's nine areas and every label, into one A4 document.
  it.each(LOCALES)('renders the PDF for the board in %s', async (locale) => {
    const pdf = await renderResultsPdf(view(locale), new Date('2027-05-02T08:00:00Z'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain(`/Lang (${locale})`);
  });

  it('writes the CSV in the language with hidden cells empty', () => {
    const csv = resultsCsv(view('de'), { locale: 'de', separator: 'semicolon' });
    const [header, firstArea] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toContain('"Schulleitung";"Lehrkräfte";"Lernende"');
    expect(firstArea).toContain('"";"4";"3";"1"');
  });
});
