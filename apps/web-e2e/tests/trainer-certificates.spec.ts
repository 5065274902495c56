import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import type { AttemptView, CourseCertificatesPage, CourseView, LoginResponse } from '@campus/contracts';
import { expectAccessible, linkIn, signIn, snap, uniqueEmail, waitForMail } from '../src/helpers';
import { BASE_URL, DEMO_PASSWORD } from '../src/settings';

const LEARNER_PASSWORD = 'a long enough learner password';
const Q1 = 'Which document lists what a learner will learn abroad?';
const Q2 = 'Who signs the learning agreement?';

/** One person's API session, for the steps that only set the scene. */
interface Session {
  api: APIRequestContext;
  user: LoginResponse['user'];
  call: <T>(method: 'get' | 'post' | 'put', path: string, data?: unknown) => Promise<T>;
}

async function apiAs(email: string, password = DEMO_PASSWORD): Promise<Session> {
  const api = await playwrightRequest.newContext({ baseURL: BASE_URL });
  const login = await api.post('/api/auth/login', { data: { email, password } });
  expect(login.status(), await login.text()).toBe(200);
  const { accessToken, user } = (await login.json()) as LoginResponse;
  const headers = { Authorization: `Bearer ${accessToken}` };
  const call = async <T>(method: 'get' | 'post' | 'put', path: string, data?: unknown): Promise<T> => {
    const res = await api[method](path, { headers, data });
    expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return { api, user, call };
}

/** A new, confirmed learner, so no other test's people get certificates here (through the API). */
async function registerLearner(name: string): Promise<string> {
  const email = uniqueEmail('certified');
  const api = await playwrightRequest.newContext({ baseURL: BASE_URL });
  try {
    const res = await api.post('/api/auth/register', {
      data: { email, name, password: LEARNER_PASSWORD, locale: 'en', timeZone: 'Europe/Rome' },
    });
    expect(res.status(), await res.text()).toBeLessThan(300);
    const mail = await waitForMail(email, /./);
    const token = new URL(linkIn(mail.text, '/verify-email')).searchParams.get('token');
    const verified = await api.post('/api/auth/verify-email', { data: { token } });
    expect(verified.status(), await verified.text()).toBeLessThan(300);
  } finally {
    await api.dispose();
  }
  return email;
}

const choice = (correct: 'a' | 'b') => ({
  options: [
    { id: 'a', text: 'The learning agreement', correct: correct === 'a' },
    { id: 'b', text: 'The boarding pass', correct: correct === 'b' },
  ],
});

/**
 * The demo trainer's course with one quiz of two questions (pass at 50%). Fay passes with the first
 * answer right, Vic with both; then the trainer fixes the first question's key and regrades: Fay's
 * result turns to failed and her certificate is flagged, Vic still passes.
 */
async function setUpRegradedCourse(): Promise<{ courseId: string; title: string; fay: string; vic: string }> {
  const suffix = Date.now().toString(36);
  const title = `Learning agreements ${suffix}`;
  const fay = `Fay Lindqvist ${suffix}`;
  const vic = `Vic Almeida ${suffix}`;
  const trainer = await apiAs('trainer@demo.campus');
  try {
    const orgId = trainer.user.memberships.find((m) => m.role === 'trainer')?.organisationId;
    let course = await trainer.call<CourseView>('post', `/api/orgs/${orgId}/courses`, {
      title,
      slug: `learning-agreements-${suffix}`,
      summary: 'Who signs what, before a mobility.',
      language: 'en',
    });
    course = await trainer.call<CourseView>('post', `/api/authoring/courses/${course.id}/modules`, {
      title: 'Before you leave',
    });
    const bank = `/api/authoring/courses/${course.id}/questions`;
    const q1 = await trainer.call<{ id: string }>('post', bank, {
      type: 'single_choice',
      prompt: Q1,
      content: choice('a'),
    });
    const q2 = await trainer.call<{ id: string }>('post', bank, {
      type: 'single_choice',
      prompt: Q2,
      content: choice('a'),
    });
    course = await trainer.call<CourseView>(
      'post',
      `/api/authoring/modules/${course.modules[0].id}/quizzes`,
      {
        title: 'Agreement check',
        required: true,
        settings: {
          attemptsAllowed: null,
          passPercent: 50,
          slots: [{ questionId: q1.id }, { questionId: q2.id }],
        },
      },
    );
    const quizId = course.modules[0].lessons[0].quizId;
    await trainer.call('post', `/api/authoring/courses/${course.id}/publish`);

    const certificates = async () =>
      (await trainer.call<CourseCertificatesPage>('get', `/api/authoring/courses/${course.id}/certificates`))
        .items;
    // One after the other, so Vic's certificate is the newer one and would come first unflagged.
    for (const [name, answers] of [
      [fay, { [Q1]: 'a', [Q2]: 'b' }],
      [vic, { [Q1]: 'a', [Q2]: 'a' }],
    ] as const) {
      const learner = await apiAs(await registerLearner(name), LEARNER_PASSWORD);
      try {
        await learner.call('post', `/api/courses/${course.id}/enrolment`);
        const attempt = await learner.call<AttemptView>('post', `/api/quizzes/${quizId}/attempts`);
        for (const item of attempt.items) {
          await learner.call('put', `/api/attempts/${attempt.id}/responses/${item.position}`, {
            response: { optionId: answers[item.prompt as keyof typeof answers] },
          });
        }
        await learner.call('post', `/api/attempts/${attempt.id}/submit`);
      } finally {
        await learner.api.dispose();
      }
      // The worker grades the attempt, completes the course and issues the certificate.
      await expect
        .poll(async () => (await certificates()).map((c) => c.holderName), { timeout: 60_000 })
        .toContain(name);
    }

    await trainer.call('put', `/api/authoring/questions/${q1.id}`, {
      type: 'single_choice',
      prompt: Q1,
      content: choice('b'),
    });
    const regrade = await trainer.call<{ changedOutcomes: number }>(
      'post',
      `/api/authoring/questions/${q1.id}/regrade`,
      { fromVersion: 1 },
    );
    expect(regrade.changedOutcomes).toBe(1);
    return { courseId: course.id, title, fay, vic };
  } finally {
    await trainer.api.dispose();
  }
}

test('a trainer reviews a course’s certificates after a regrade: keeps one, revokes another', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { courseId, title, fay, vic } =
    await test.step('two learners passed a quiz that was then regraded (API)', () => setUpRegradedCourse());
  const main = page.getByRole('main');
  const table = main.getByRole('table', { name: '2 certificates' });
  const rowOf = (name: string) => table.getByRole('row').filter({ hasText: name });
  const status = (text: string) => page.getByRole('status').filter({ hasText: text });

  await test.step('the trainer opens the certificates from the course editor', async () => {
    await signIn(page, 'trainer@demo.campus');
    await page.goto(`/author/courses/${courseId}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await main
      .getByRole('region', { name: 'Certificates' })
      .getByRole('link', { name: 'View the certificates' })
      .click();
    await expect(page).toHaveURL(new RegExp(`/author/courses/${courseId}/certificates$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible();
  });

  await test.step('sees the flagged certificate first, with its badge', async () => {
    await expect(main.getByText('1 certificate needs your review')).toBeVisible();
    const rows = table.getByRole('row');
    // The header row, then Fay's (flagged, though older), then Vic's.
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toContainText(fay);
    await expect(rows.nth(1).getByText('Review requested', { exact: true })).toBeVisible();
    await expect(rows.nth(2)).toContainText(vic);
    await expect(rows.nth(2).getByText('Review requested', { exact: true })).toHaveCount(0);
    await expect(rows.nth(2).getByRole('button', { name: /^Keep/ })).toHaveCount(0);
    await expectAccessible(page, 'the course certificates');
    await snap(page, 'trainer-certificates-01-review', { phone: true });
  });

  await test.step('keeps Fay’s certificate: the badge goes, it stays valid', async () => {
    await rowOf(fay)
      .getByRole('button', { name: `Keep the certificate of ${fay} as it is` })
      .click();
    await expect(status(`The certificate of ${fay} is kept; its review request is settled.`)).toBeVisible();
    await expect(rowOf(fay).getByText('Review requested', { exact: true })).toHaveCount(0);
    await expect(rowOf(fay).getByRole('button', { name: /^Keep/ })).toHaveCount(0);
    await expect(rowOf(fay).getByText('Valid', { exact: true })).toBeVisible();
    await expect(main.getByText(/needs your review/)).toHaveCount(0);
  });

  await test.step('revokes Vic’s certificate with a reason: it shows as revoked', async () => {
    await rowOf(vic)
      .getByRole('button', { name: `Revoke the certificate of ${vic} for ${title}` })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Revoke this certificate?' });
    await expect(dialog).toContainText(vic);
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill('Enrolled under the wrong name');
    await dialog.getByRole('button', { name: 'Revoke certificate' }).click();
    await expect(dialog).toBeHidden();
    await expect(status(`The certificate of ${vic} for ${title} was revoked.`)).toBeVisible();
    await expect(rowOf(vic).getByText('Revoked', { exact: true })).toBeVisible();
    await expect(rowOf(vic)).toContainText('Enrolled under the wrong name');
    await expect(rowOf(vic).getByRole('button')).toHaveCount(0);
    await expect(rowOf(fay).getByText('Valid', { exact: true })).toBeVisible();
    await snap(page, 'trainer-certificates-02-revoked');
  });
});
