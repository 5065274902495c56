import {
  expect,
  request as playwrightRequest,
  test,
  type APIRequestContext,
  type Page,
} from '@playwright/test';
import { expectAccessible, signIn, snap } from '../src/helpers';
import { BASE_URL, DEMO_PASSWORD } from '../src/settings';

interface LessonView {
  id: string;
  kind: string;
  title: string;
  quizId?: string;
}
interface CourseView {
  id: string;
  slug: string;
  modules: { id: string; lessons: LessonView[] }[];
}

const ORDER = ['Apply for the grant', 'Sign the learning agreement', 'Travel to the host school', 'Report'];

/** The demo trainer writes a course with a question bank and a timed quiz, and publishes it (API). */
async function setUpCourse(api: APIRequestContext): Promise<{ course: CourseView; quiz: LessonView }> {
  const login = await api.post('/api/auth/login', {
    data: { email: 'trainer@demo.campus', password: DEMO_PASSWORD },
  });
  expect(login.status(), await login.text()).toBe(200);
  const { accessToken, user } = (await login.json()) as {
    accessToken: string;
    user: { memberships: { organisationId: string; role: string }[] };
  };
  const headers = { Authorization: `Bearer ${accessToken}` };
  const orgId = user.memberships.find((m) => m.role === 'trainer')?.organisationId;
  const call = async <T>(method: 'post' | 'put', path: string, data: unknown): Promise<T> => {
    const res = await api[method](path, { headers, data });
    expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
    return (await res.json()) as T;
  };

  const suffix = Date.now().toString(36);
  let course = await call<CourseView>('post', `/api/orgs/${orgId}/courses`, {
    title: `Mobility quiz practice ${suffix}`,
    slug: `mobility-quiz-${suffix}`,
    summary: 'A short course with a quiz.',
    language: 'en',
  });
  course = await call<CourseView>('post', `/api/authoring/courses/${course.id}/modules`, {
    title: 'Check what you know',
  });
  const moduleId = course.modules[0].id;
  const bank = `/api/authoring/courses/${course.id}/questions`;
  const questions = [
    await call<{ id: string }>('post', bank, {
      type: 'single_choice',
      prompt: 'Which action funds **staff mobility** in VET?',
      tags: ['mobility'],
      content: {
        options: [
          { id: 'ka1', text: 'Erasmus+ KA1', correct: true },
          { id: 'h2020', text: 'Horizon 2020', correct: false },
        ],
      },
    }),
    await call<{ id: string }>('post', bank, {
      type: 'true_false',
      prompt: 'The learning agreement is signed before the mobility.',
      content: { correct: true },
    }),
    await call<{ id: string }>('post', bank, {
      type: 'short_answer',
      prompt: 'Name the EU document that records skills acquired abroad.',
      content: { accepted: ['Europass Mobility', 'Europass'] },
    }),
    await call<{ id: string }>('post', bank, {
      type: 'ordering',
      prompt: 'Put the steps of a mobility in order.',
      content: { items: ORDER.map((text, k) => ({ id: `s${k + 1}`, text })) },
    }),
  ];
  course = await call<CourseView>('post', `/api/authoring/modules/${moduleId}/quizzes`, {
    title: 'Mobility basics quiz',
    required: true,
    body: 'Four questions on how a staff mobility works.',
    settings: {
      attemptsAllowed: 2,
      timeLimitMinutes: 30,
      passPercent: 60,
      showScore: 'after_submit',
      showFeedback: 'after_submit',
      showAnswers: 'after_submit',
      slots: questions.map((q) => ({ questionId: q.id, points: 1 })),
    },
  });
  course = await call<CourseView>('post', `/api/authoring/courses/${course.id}/publish`, {});
  const quiz = course.modules[0].lessons.find((l) => l.kind === 'quiz');
  expect(quiz?.quizId).toBeTruthy();
  return { course, quiz: quiz as LessonView };
}

/** Sorts the ordering question with the move buttons only: focus and Enter, as a keyboard user. */
async function sortByKeyboard(page: Page): Promise<void> {
  for (let target = 0; target < ORDER.length; target++) {
    for (;;) {
      const texts = await page.locator('.ui-order-list__text').allTextContents();
      const at = texts.indexOf(ORDER[target]);
      if (at === target) break;
      await page.getByRole('button', { name: `Move “${ORDER[target]}” up` }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByText(`“${ORDER[target]}” is now at position ${at} of 4.`)).toBeAttached();
    }
  }
}

test('a learner takes a timed quiz with the keyboard and sees the score', async ({ page }) => {
  const api = await playwrightRequest.newContext({ baseURL: BASE_URL });
  const { course, quiz } = await test.step('the trainer sets up a course with a quiz (API)', () =>
    setUpCourse(api));
  await api.dispose();
  const main = page.getByRole('main');

  await test.step('the learner enrols and opens the quiz lesson', async () => {
    await signIn(page, 'learner@demo.campus');
    await page.goto(`/courses/${course.slug}`);
    await main.getByRole('button', { name: 'Enrol' }).click();
    // Enrolling opens the player, which resumes at the first lesson: the quiz.
    await expect(page).toHaveURL(new RegExp(`/learn/${course.id}/${quiz.id}$`));
    await expect(main.getByRole('heading', { level: 2, name: 'Mobility basics quiz' })).toBeVisible();
    await expect(main.getByText('Four questions on how a staff mobility works.')).toBeVisible();
    await expect(main.getByText('30 minutes', { exact: true })).toBeVisible();
    await expect(main.getByText('2 of 2 left')).toBeVisible();
    await expectAccessible(page, 'the quiz lesson');
  });

  await test.step('starts an attempt with the keyboard', async () => {
    await main.getByRole('button', { name: 'Start the quiz' }).focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 1, name: /Mobility basics quiz · attempt 1/ }),
    ).toBeVisible();
    await expect(page.getByRole('timer')).toHaveText(/Time left: (30:00|29:\d\d)/);
  });

  await test.step('answers every question with the keyboard, each saved as it changes', async () => {
    await main.getByRole('radio', { name: 'Erasmus+ KA1' }).focus();
    await page.keyboard.press('Space');
    await expect(main.getByText(/^Saved at \d\d:\d\d:\d\d$/)).toBeVisible();
    await expectAccessible(page, 'a question of the attempt');
    await snap(page, 'quiz-01-question', { phone: true });

    await main.getByRole('button', { name: 'Next question' }).focus();
    await page.keyboard.press('Enter');
    await expect(main.getByRole('heading', { level: 2, name: 'Question 2 of 4' })).toBeFocused();
    await main.getByRole('radio', { name: 'True' }).focus();
    await page.keyboard.press('Space');
    await expect(main.getByText(/^Saved at /)).toBeVisible();

    await main.getByRole('button', { name: 'Next question' }).focus();
    await page.keyboard.press('Enter');
    await main.getByRole('textbox', { name: 'Your answer' }).focus();
    await page.keyboard.type('europass');
    await expect(main.getByText(/^Saved at /)).toBeVisible();

    await main.getByRole('button', { name: 'Next question' }).focus();
    await page.keyboard.press('Enter');
    await expect(main.getByRole('heading', { level: 2, name: 'Question 4 of 4' })).toBeFocused();
    await sortByKeyboard(page);
    await expect(main.getByText(/^Saved at /)).toBeVisible();
    await expect(main.getByText('4 of 4 answered')).toBeVisible();
  });

  await test.step('submits after confirming, and sees the score', async () => {
    await main.getByRole('button', { name: 'Submit answers…' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Submit your answers?' });
    await expect(dialog.getByText('You have answered every question.')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Keep working' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Submit', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(main.getByRole('heading', { level: 2, name: 'Your score' })).toBeVisible({
      timeout: 20_000,
    });
    await expect(main.getByText('100%')).toBeVisible();
    await expect(main.getByText('Passed', { exact: true })).toBeVisible();
    await expectAccessible(page, 'the attempt result');
    await snap(page, 'quiz-02-result', { phone: true });
  });

  await test.step('the quiz lesson lists the graded attempt', async () => {
    await main.getByRole('link', { name: 'Back to the quiz' }).click();
    await expect(main.getByRole('table', { name: 'Your attempts' })).toContainText('Graded');
    await expect(main.getByText('1 of 2 left')).toBeVisible();
  });
});
