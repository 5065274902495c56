import { expect, request as playwrightRequest, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectAccessible, signIn, snap } from '../src/helpers';
import { BASE_URL, DEMO_PASSWORD } from '../src/settings';

const COURSE_SLUG = 'setting-up-an-international-office';
const COURSE = 'Setting up an International Office in a VET school';
const LEARNER = 'learner@demo.campus';

interface CourseOutline {
  id: string;
  modules: { lessons: { id: string; required: boolean }[] }[];
}

/** As the demo learner, through the API: completes one required lesson of the demo course. */
async function learnerCompletesALesson(): Promise<void> {
  const api = await playwrightRequest.newContext({ baseURL: BASE_URL });
  try {
    const login = await api.post('/api/auth/login', { data: { email: LEARNER, password: DEMO_PASSWORD } });
    expect(login.status(), await login.text()).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const headers = { Authorization: `Bearer ${accessToken}` };
    const res = await api.get(`/api/catalogue/${COURSE_SLUG}`, { headers });
    expect(res.status(), await res.text()).toBe(200);
    const course = (await res.json()) as CourseOutline;
    const lessons = course.modules.flatMap((m) => m.lessons);
    const lesson = lessons.find((l) => l.required) ?? lessons[0];
    expect(lesson, 'the demo course has lessons').toBeDefined();
    const done = await api.post(`/api/courses/${course.id}/lessons/${lesson.id}/complete`, { headers });
    expect(done.status(), await done.text()).toBeLessThan(300);
  } finally {
    await api.dispose();
  }
}

test('a manager enrols a learner, follows their progress and downloads it as CSV', async ({ page }) => {
  await test.step('the demo manager enrols the demo learner in the demo course', async () => {
    await signIn(page, 'manager@demo.campus');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Enrol', exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Enrol people in a course' })).toBeVisible();
    const main = page.getByRole('main');
    await main.getByRole('combobox', { name: 'Course', exact: true }).selectOption({ label: COURSE });
    const members = main.getByRole('region', { name: 'Choose members' });
    await members.getByRole('checkbox', { name: new RegExp(LEARNER.replace(/\./g, '\\.')) }).check();
    await expectAccessible(page, 'the enrol page');
    await snap(page, 'manager-01-enrol', { phone: true });
    await members.getByRole('button', { name: 'Enrol', exact: true }).click();
    // From an earlier run the learner may already be enrolled: that is fine too.
    await expect(
      members
        .getByRole('status')
        .filter({ hasText: /Enrolled: 1 · Already enrolled: 0|Already enrolled: 1/ }),
    ).toBeVisible();
    const row = members.getByRole('table', { name: 'Result per person' }).getByRole('row').filter({
      hasText: LEARNER,
    });
    await expect(row).toContainText(/Enrolled|Already enrolled/);
    await snap(page, 'manager-02-enrolled');
  });

  await test.step('the learner makes progress (through the API)', learnerCompletesALesson);

  await test.step('the manager sees the progress, filtered by the course', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Progress', exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Learning progress' })).toBeVisible();
    const main = page.getByRole('main');
    await main.getByRole('combobox', { name: 'Course', exact: true }).selectOption({ label: COURSE });
    await expect(page).toHaveURL(/courseId=/);
    const row = main
      .getByRole('table', { name: /enrolments?$/ })
      .getByRole('row')
      .filter({ hasText: LEARNER })
      .filter({ hasText: COURSE });
    await expect(row).toHaveCount(1);
    const bar = row.getByRole('progressbar');
    await expect(bar).toHaveAttribute('aria-valuenow', /^(?!0$)\d+$/);
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    await expect(row.getByRole('button', { name: /^Unenrol / })).toBeVisible();
    await expectAccessible(page, 'the progress page');
    await snap(page, 'manager-03-progress', { phone: true });
  });

  await test.step('downloads the filtered progress as CSV', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('progress.csv');
    const path = await download.path();
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain(LEARNER);
  });
});
