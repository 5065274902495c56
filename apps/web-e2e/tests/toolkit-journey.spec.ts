import { expect, request as playwrightRequest, test, type Locator, type Page } from '@playwright/test';
import type {
  EnrolmentView,
  LoginResponse,
  RoadmapView,
  RoundResultsView,
  RoundView,
} from '@campus/contracts';
import {
  apiSession,
  expectAccessible,
  linkIn,
  PHONE,
  signIn,
  snap,
  uniqueEmail,
  waitForMail,
} from '../src/helpers';
import { BASE_URL } from '../src/settings';

const MANAGER = 'manager@demo.campus';
const SCHOOL = 'Demo VET School';
const FRAMEWORK = 'Internationalisation of VET schools (v1)';
const MEMBER_PASSWORD = 'a long enough member password';
/** A published public demo course whose topics include 'recognition' and 'partnerships'. */
const COURSE = 'Setting up an International Office in a VET school';

/** The shipped framework's areas in English, in its order (one part of the questionnaire each). */
const AREAS = [
  'Strategy and leadership',
  'International Office and resources',
  'Staff competences',
  'Partnerships',
  'Mobility management',
  'Curriculum integration',
  'Recognition of learning outcomes',
  'Inclusion and diversity',
  'Communication and dissemination',
] as const;
type Area = (typeof AREAS)[number];
const RECOGNITION: Area = 'Recognition of learning outcomes';
const PARTNERSHIPS: Area = 'Partnerships';
const COMMUNICATION: Area = 'Communication and dissemination';

/**
 * What each of the three teachers answers: `usual` for every statement, except the areas listed
 * (each of their statements) and, for the third, "does not apply" on the first statement of
 * Communication and dissemination. So the round's scores are:
 *   Recognition of learning outcomes (1+2+1)/3 = 1.33 and Partnerships (2+2+1)/3 = 1.67, the two weakest;
 *   Communication and dissemination (5×4 + 5×5 + 4×4)/14 = 4.36 (the 0 left out); every other area 4.33.
 */
interface Respondent {
  usual: number;
  areas: Partial<Record<Area, number>>;
  firstDoesNotApply?: Area;
}
const RESPONDENTS: Respondent[] = [
  { usual: 4, areas: { [RECOGNITION]: 1, [PARTNERSHIPS]: 2 } },
  { usual: 5, areas: { [RECOGNITION]: 2, [PARTNERSHIPS]: 2 } },
  { usual: 4, areas: { [RECOGNITION]: 1, [PARTNERSHIPS]: 1 }, firstDoesNotApply: COMMUNICATION },
];
const EXPECTED: Record<Area, string> = {
  ...(Object.fromEntries(AREAS.map((a) => [a, '4.33'])) as Record<Area, string>),
  [RECOGNITION]: '1.33',
  [PARTNERSHIPS]: '1.67',
  [COMMUNICATION]: '4.36',
};

/** The radio's accessible name for a score, as the questionnaire labels its scale. */
function scoreLabel(score: number): string {
  if (score === 0) return 'Does not apply';
  if (score === 1) return '1 – not at all true';
  if (score === 5) return '5 – fully true';
  return String(score);
}

/** Scores every statement of one area's part of the questionnaire. */
async function answerArea(page: Page, area: Area, respondent: Respondent): Promise<void> {
  const part = page.getByRole('region', { name: area, exact: true });
  const statements = part.getByRole('group');
  await expect(statements.first()).toBeVisible();
  const all = await statements.all();
  expect(all.length, `statements of ${area}`).toBeGreaterThanOrEqual(4);
  for (const [i, statement] of all.entries()) {
    const score =
      i === 0 && respondent.firstDoesNotApply === area ? 0 : (respondent.areas[area] ?? respondent.usual);
    await statement.getByRole('radio', { name: scoreLabel(score), exact: true }).check();
  }
  await expect(part).toContainText(`${all.length} of ${all.length} answered in this part`);
}

/**
 * A respondent opens their link in a browser of their own (no account) and answers: one part at a
 * time (as the page starts) or with every part shown at once.
 */
async function respond(
  page: Page,
  link: string,
  roundTitle: string,
  respondent: Respondent,
  layout: 'part by part' | 'all at once',
  onOpened?: () => Promise<void>,
): Promise<void> {
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: roundTitle })).toBeVisible();
  await expect(page.getByText(`${SCHOOL} asks you, as one of its teachers,`)).toBeVisible();
  // The token leaves the address bar as soon as the page has it.
  expect(new URL(page.url()).hash).toBe('');
  await onOpened?.();
  if (layout === 'all at once') {
    await page.getByRole('button', { name: 'Show all parts at once' }).click();
    for (const area of AREAS) await answerArea(page, area, respondent);
  } else {
    for (const [i, area] of AREAS.entries()) {
      await expect(page.getByText(`Part ${i + 1} of ${AREAS.length}`, { exact: true })).toBeVisible();
      await answerArea(page, area, respondent);
      if (i < AREAS.length - 1) await page.getByRole('button', { name: 'Next part' }).click();
    }
  }
  const total = AREAS.length * 5;
  await expect(page.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute(
    'aria-valuetext',
    `${total} of ${total} answered`,
  );
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you' })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Your answers were received. You can close this page.' }),
  ).toBeVisible();
}

/** A new member of Demo VET School (invited by the manager, accepting through the mailed link), for the enrolment. */
async function newMember(orgId: string, name: string): Promise<{ id: string; email: string }> {
  const email = uniqueEmail('toolkit-member');
  const manager = await apiSession(MANAGER);
  try {
    await manager.call('post', `/api/orgs/${orgId}/invitations`, { email, role: 'learner', name });
  } finally {
    await manager.dispose();
  }
  const invitation = await waitForMail(email, /invited to join Demo VET School/);
  const token = new URL(linkIn(invitation.text, '/accept-invitation')).searchParams.get('token');
  const invitee = await playwrightRequest.newContext({ baseURL: BASE_URL });
  try {
    const accept = await invitee.post('/api/invitations/accept', {
      data: { token, name, password: MEMBER_PASSWORD },
    });
    expect(accept.status(), await accept.text()).toBe(200);
    return { id: ((await accept.json()) as LoginResponse).user.id, email };
  } finally {
    await invitee.dispose();
  }
}

/** The row of the chart's table for an area (the area is its header; its cells: overall, then each shown group…). */
function chartRow(table: Locator, area: Area): Locator {
  return table.getByRole('row').filter({ hasText: new RegExp(`^\\d\\. ${area}`) });
}

test('a manager opens a round, three teachers answer through their links, the manager reads the radar chart, builds a roadmap from the two weakest areas and enrols a member in a recommended course', async ({
  page,
  browser,
}) => {
  // Four people in four browser contexts and 135 answers: longer than one page's test (3.1 min on a
  // 2-core machine at load 15, most of it the three questionnaires).
  test.setTimeout(300_000);
  const suffix = Date.now().toString(36);
  const roundTitle = `Self-assessment ${suffix}`;
  const roadmapTitle = `Erasmus Plan ${suffix}`;
  const memberName = `Teresa Galli ${suffix}`;
  const invitedTeacher = uniqueEmail('toolkit-teacher');

  const manager = await apiSession(MANAGER);
  const orgId = manager.user.memberships.find((m) => m.role === 'manager')?.organisationId ?? '';
  const member = await test.step('a new member of the school to enrol later (API)', () =>
    newMember(orgId, memberName));

  const roundPage = await test.step('the manager opens a round for teachers', async () => {
    await signIn(page, MANAGER);
    await page.getByRole('link', { name: 'Self-assessment', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Self-assessment' })).toBeVisible();
    await page.getByRole('button', { name: 'Open a round' }).click();
    const form = page.getByRole('region', { name: 'Open a round' });
    await form.getByRole('combobox', { name: 'Framework' }).selectOption({ label: FRAMEWORK });
    await form.getByRole('textbox', { name: /^Title/ }).fill(roundTitle);
    await form.getByRole('checkbox', { name: 'Teachers', exact: true }).check();
    await expect(form.getByRole('spinbutton', { name: /^Minimum group size/ })).toHaveValue('3');
    await form.getByRole('button', { name: 'Open the round' }).click();
    await expect(page.getByRole('heading', { level: 1, name: roundTitle })).toBeVisible();
    return page.url();
  });
  const roundId = new URL(roundPage).pathname.split('/').at(-1) ?? '';

  const sharedLink =
    await test.step('creates the teachers’ shareable link and invites one teacher by e-mail', async () => {
      const panel = page.getByRole('region', { name: 'Shareable link for Teachers' });
      await panel.getByRole('button', { name: 'Create a shareable link' }).click();
      const url = panel.getByRole('textbox', { name: 'Link for Teachers' });
      await expect(url).toHaveValue(new RegExp(`^${BASE_URL}/answer#token=[\\w-]{20,}$`));
      const link = await url.inputValue();
      await expect(panel.getByRole('button', { name: 'Replace the link' })).toBeVisible();

      const invite = page.getByRole('region', { name: 'Invite by e-mail' });
      await invite.getByRole('textbox', { name: /^E-mail addresses/ }).fill(invitedTeacher);
      await invite.getByRole('button', { name: 'Send invitations' }).click();
      await expect(invite.getByText('1 invitation sent.')).toBeVisible();
      await snap(page, 'toolkit-01-round-links');
      return link;
    });

  await test.step('a teacher answers through the shared link on a phone, one part at a time', async () => {
    const phone = await browser.newContext({ ...PHONE, baseURL: BASE_URL });
    try {
      const answer = await phone.newPage();
      await respond(answer, sharedLink, roundTitle, RESPONDENTS[0], 'part by part', async () => {
        await expect(answer.getByRole('region', { name: AREAS[0], exact: true })).toBeVisible();
        await expectAccessible(answer, 'the respondent’s questionnaire on a phone');
        await snap(answer, 'toolkit-02-questionnaire-phone');
      });
    } finally {
      await phone.close();
    }
  });

  await test.step('a second teacher answers through the same shared link, every part at once', async () => {
    const desktop = await browser.newContext({ baseURL: BASE_URL });
    try {
      await respond(await desktop.newPage(), sharedLink, roundTitle, RESPONDENTS[1], 'all at once');
    } finally {
      await desktop.close();
    }
  });

  await test.step('the invited teacher answers through the e-mailed personal link, which then works no more', async () => {
    const mail = await waitForMail(
      invitedTeacher,
      new RegExp(`^${SCHOOL} asks for your view: ${roundTitle}$`),
    );
    const link = linkIn(mail.text, '/answer');
    const desktop = await browser.newContext({ baseURL: BASE_URL });
    try {
      await respond(await desktop.newPage(), link, roundTitle, RESPONDENTS[2], 'all at once');
      const again = await desktop.newPage();
      await again.goto(link);
      await expect(again.getByRole('heading', { level: 1, name: 'This link no longer works' })).toBeVisible();
    } finally {
      await desktop.close();
    }
  });

  await test.step('the round page counts three answers (counts only); the manager closes the round', async () => {
    await page.reload();
    const groups = page.getByRole('table', { name: 'Respondents, invitations and links by group' });
    await expect(groups.getByRole('row', { name: /^Teachers/ }).getByRole('cell')).toHaveText([
      '3',
      '1',
      '1',
      'Active (2 of 500)',
    ]);
    await page.getByRole('button', { name: 'Close the round' }).click();
    const confirm = page.getByRole('dialog', { name: 'Close the round' });
    await confirm.getByRole('button', { name: 'Close round' }).click();
    await expect(page.getByText('This round is closed: it takes no more answers.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Shareable link for Teachers' })).toHaveCount(0);
  });

  const results =
    await test.step('the results: the radar chart and the tables show the two weak areas', async () => {
      await page.getByRole('link', { name: 'See results' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Self-assessment results' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: roundTitle })).toBeVisible();
      await expect(page.getByText(/^Round closed on /)).toBeVisible();
      const respondents = page.getByRole('table', { name: 'Respondents', exact: true });
      await expect(respondents.getByRole('row', { name: /^Teachers/ }).getByRole('cell')).toHaveText([
        '3',
        'Shown',
      ]);
      // One polygon for everyone and one for the teachers (shown: 3 reached the minimum).
      await expect(
        page.getByRole('img', {
          name: /^Radar chart of the scores by area, from 1 to 5: Overall, Teachers\b.*The table beside it has the same figures\.$/,
        }),
      ).toBeVisible();
      const chartTable = page.getByRole('table', { name: 'Scores by area, as in the chart' });
      await expect(chartTable.getByRole('row')).toHaveCount(AREAS.length + 1);
      for (const area of AREAS) {
        const cells = chartRow(chartTable, area).getByRole('cell');
        await expect(cells.nth(0), `overall score of ${area}`).toHaveText(EXPECTED[area]);
        await expect(cells.nth(1), `teachers' score of ${area}`).toHaveText(EXPECTED[area]);
      }
      const recognition = page.getByRole('table', { name: `Results of ${RECOGNITION}` });
      await expect(recognition.getByRole('row', { name: /^Overall/ })).toContainText('1.33');
      await expect(recognition.getByRole('row', { name: /^Teachers/ })).toContainText('1.33');
      await expectAccessible(page, 'the round’s results');
      await snap(page, 'toolkit-03-results', { phone: true });
      return manager.call<RoundResultsView>(
        'get',
        `/api/orgs/${orgId}/assessment-rounds/${roundId}/results?locale=en`,
      );
    });

  const roadmapUrl =
    await test.step('“Build a roadmap”: the two weakest areas come first and are picked', async () => {
      await page.getByRole('link', { name: 'Build a roadmap from these results' }).click();
      const form = page.getByRole('region', { name: 'New roadmap from a self-assessment' });
      await expect(form).toBeVisible();
      const picker = form.getByRole('group', { name: `Focus areas from "${roundTitle}"` });
      const areas = picker.getByRole('checkbox');
      await expect(areas).toHaveCount(AREAS.length);
      await expect(areas.nth(0)).toHaveAccessibleName(`${RECOGNITION} 1.33 of 5`);
      await expect(areas.nth(1)).toHaveAccessibleName(`${PARTNERSHIPS} 1.67 of 5`);
      // The page suggests the two weakest; the manager keeps them (and makes sure of it).
      await areas.nth(0).check();
      await areas.nth(1).check();
      await expect(picker.getByRole('checkbox', { checked: true })).toHaveCount(2);
      await form.getByRole('textbox', { name: /^Title/ }).fill(roadmapTitle);
      await snap(page, 'toolkit-04-focus-areas');
      await form.getByRole('button', { name: 'Create roadmap' }).click();
      await expect(page.getByRole('region', { name: roadmapTitle })).toBeVisible();
      return page.url();
    });
  const roadmapId = new URL(roadmapUrl).pathname.split('/').at(-1) ?? '';

  await test.step('the roadmap: two objectives whose baselines are the round’s scores', async () => {
    await expect(page.getByRole('region', { name: roadmapTitle })).toContainText(roundTitle);
    const objectives = page.getByRole('region', { name: 'Objectives', exact: true });
    const recognition = objectives.getByRole('region', { name: new RegExp(`^\\d\\. ${RECOGNITION}$`) });
    const partnerships = objectives.getByRole('region', { name: new RegExp(`^\\d\\. ${PARTNERSHIPS}$`) });
    await expect(objectives.getByRole('region', { name: /^\d\. / })).toHaveCount(2);
    await expect(recognition).toContainText('Baseline 1.33 · target 2.33 · now –');
    await expect(partnerships).toContainText('Baseline 1.67 · target 2.67 · now –');
    const progress = page.getByRole('table', { name: 'Progress of each objective' });
    await expect(progress.getByRole('row')).toHaveCount(3);
    await expect(progress.getByRole('row', { name: new RegExp(`^${RECOGNITION}`) })).toContainText('1.33');
    await expect(progress.getByRole('row', { name: new RegExp(`^${PARTNERSHIPS}`) })).toContainText('1.67');

    const roadmap = await manager.call<RoadmapView>('get', `/api/orgs/${orgId}/roadmaps/${roadmapId}`);
    const score = (key: string) => results.areas.find((a) => a.key === key)?.score;
    expect(roadmap.objectives.map((o) => [o.areaKey, o.baseline])).toEqual(
      expect.arrayContaining([
        ['recognition', score('recognition')],
        ['partnerships', score('partnerships')],
      ]),
    );
    expect(roadmap.objectives).toHaveLength(2);
    await expectAccessible(page, 'the roadmap');
    await snap(page, 'toolkit-05-roadmap', { phone: true });
  });

  await test.step('a course recommended for recognition: the manager enrols the new member in it', async () => {
    const recommended = page.getByRole('table', { name: `Courses for ${RECOGNITION}` });
    const course = recommended.getByRole('row').filter({ hasText: COURSE });
    // Cells after the course's title: language, hours, staff enrolled, completed, the button.
    const enrolled = course.getByRole('cell').nth(2);
    await expect(enrolled).toHaveText(/^\d+$/);
    const before = Number(await enrolled.innerText());
    await course.getByRole('button', { name: 'Enrol staff' }).click();
    const dialog = page.getByRole('dialog', { name: `Enrol staff in "${COURSE}"` });
    await dialog.getByRole('checkbox', { name: memberName, exact: true }).check();
    await dialog.getByRole('button', { name: 'Enrol 1 selected' }).click();
    await expect(dialog.getByText('Enrolled: 1 · Already enrolled: 0 · Failed: 0')).toBeVisible();
    await snap(page, 'toolkit-06-enrolled');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
    // Other browser tests may enrol demo people in the same course meanwhile: at least one more.
    await expect
      .poll(async () => Number(await enrolled.innerText()), { message: 'staff enrolled in the course' })
      .toBeGreaterThan(before);
  });

  await test.step('the member is enrolled in the course, by the manager (API)', async () => {
    const own = await apiSession(member.email, MEMBER_PASSWORD);
    try {
      const enrolments = await own.call<(EnrolmentView & { course: { title: string } })[]>(
        'get',
        '/api/me/enrolments',
      );
      expect(enrolments.map((e) => [e.course.title, e.source, e.status])).toEqual([
        [COURSE, 'manager', 'active'],
      ]);
    } finally {
      await own.dispose();
    }
    const round = await manager.call<RoundView>('get', `/api/orgs/${orgId}/assessment-rounds/${roundId}`);
    expect(round.status).toBe('closed');
  });
  await manager.dispose();
});
