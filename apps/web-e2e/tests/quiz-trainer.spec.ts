import {
  expect,
  request as playwrightRequest,
  test,
  type APIRequestContext,
  type Download,
  type Page,
} from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectAccessible, signIn, snap } from '../src/helpers';
import { BASE_URL, DEMO_PASSWORD } from '../src/settings';

const SINGLE = 'Which action funds staff mobility in VET?';
const NUMERIC = 'How many months may a long-term VET mobility last at most?';
const ESSAY = 'Describe how you would welcome a **visiting teacher** on the first day.';
const ESSAY_ANSWER = 'I would meet them at the station, show them the school and introduce their mentor.';

/** Two GIFT questions: the first reads, the second has an answer GIFT does not know. */
const GIFT = [
  '::Capital:: Which city hosts the European Commission? {=Brussels ~Strasbourg ~Luxembourg}',
  '',
  '::Broken:: Is this question readable? {maybe =yes}',
  '',
].join('\n');

interface AttemptView {
  id: string;
  items: { position: number; type: string; options?: { id: string; text: string }[] }[];
}

/** Signs a demo person in through the API, for the steps that only set the scene. */
async function apiAs(email: string): Promise<{
  api: APIRequestContext;
  headers: Record<string, string>;
  memberships: { organisationId: string; role: string }[];
}> {
  const api = await playwrightRequest.newContext({ baseURL: BASE_URL });
  const login = await api.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(login.status(), await login.text()).toBe(200);
  const { accessToken, user } = (await login.json()) as {
    accessToken: string;
    user: { memberships: { organisationId: string; role: string }[] };
  };
  return { api, headers: { Authorization: `Bearer ${accessToken}` }, memberships: user.memberships };
}

/** The learner enrols, answers every question (the single choice right, the number wrong) and submits. */
async function learnerTakesQuiz(courseId: string, quizId: string): Promise<void> {
  const { api, headers } = await apiAs('learner@demo.campus');
  const call = async <T>(method: 'post' | 'put', path: string, data?: unknown): Promise<T> => {
    const res = await api[method](path, { headers, data });
    expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
    return (await res.json()) as T;
  };
  try {
    await call('post', `/api/courses/${courseId}/enrolment`);
    const attempt = await call<AttemptView>('post', `/api/quizzes/${quizId}/attempts`);
    expect(attempt.items.map((i) => i.type)).toEqual(['single_choice', 'numeric', 'essay']);
    for (const item of attempt.items) {
      const response =
        item.type === 'single_choice'
          ? { optionId: item.options?.find((o) => o.text === 'Erasmus+ KA1')?.id }
          : item.type === 'numeric'
            ? { text: '6' }
            : { text: ESSAY_ANSWER };
      await call('put', `/api/attempts/${attempt.id}/responses/${item.position}`, { response });
    }
    await call('post', `/api/attempts/${attempt.id}/submit`);
  } finally {
    await api.dispose();
  }
}

/** Clicks what starts a download and returns the file's name and text. */
async function download(page: Page, start: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), start()]);
  return { name: file.suggestedFilename(), text: await readDownload(file) };
}

async function readDownload(file: Download): Promise<string> {
  const path = await file.path();
  return readFile(path, 'utf8');
}

test('a trainer writes questions, sets up a quiz, grades an essay and reads the reports', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const title = `Quiz practice for mobility staff ${Date.now().toString(36)}`;
  const main = page.getByRole('main');
  const status = (text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
  let courseId = '';
  let quizId = '';

  await test.step('the trainer creates a course with a module', async () => {
    await signIn(page, 'trainer@demo.campus');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Courses', exact: true })
      .click();
    await main.getByRole('link', { name: 'New course' }).first().click();
    await main.getByRole('textbox', { name: /^Title/ }).fill(title);
    await main.getByRole('textbox', { name: 'Summary' }).fill('Questions on staff mobility.');
    await main.getByRole('button', { name: 'Create the course' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    courseId = /\/author\/courses\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
    expect(courseId).not.toBe('');
    await main.getByRole('textbox', { name: 'New module' }).fill('Check what you know');
    await main.getByRole('button', { name: 'Add the module' }).click();
    await expect(main.getByRole('heading', { level: 3, name: 'Check what you know' })).toBeVisible();
  });

  await test.step('opens the question bank from the course editor', async () => {
    const card = main.getByRole('region', { name: 'Quizzes and grades' });
    await card.getByRole('link', { name: 'Question bank' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Question bank' })).toBeVisible();
    await expect(main.getByText('The bank has no questions yet.')).toBeVisible();
  });

  const editor = main.getByRole('region', { name: /^(New question|Edit the question)$/ });

  await test.step('writes a single-choice question', async () => {
    await main.getByRole('button', { name: 'New question' }).click();
    await expect(editor.getByRole('heading', { name: 'New question' })).toBeFocused();
    await expect(editor.getByRole('combobox', { name: 'Question type' })).toHaveValue('single_choice');
    // Saving empty shows what is missing, in the editor.
    await editor.getByRole('button', { name: 'Create the question' }).click();
    await expect(editor.getByRole('textbox', { name: 'Question (Markdown)' })).toBeFocused();
    await expect(editor.getByText('Fill in this field.').first()).toBeVisible();

    await editor.getByRole('textbox', { name: 'Question (Markdown)' }).fill(SINGLE);
    await editor.getByRole('textbox', { name: 'Option 1', exact: true }).fill('Horizon Europe');
    await editor.getByRole('textbox', { name: 'Option 2', exact: true }).fill('Erasmus+ KA1');
    await editor.getByRole('button', { name: 'Add an option' }).click();
    await editor.getByRole('textbox', { name: 'Option 3', exact: true }).fill('Interreg');
    await editor.getByRole('radio', { name: 'Option 2 is correct' }).check();
    await expect(editor.getByRole('radio', { name: 'Option 1 is correct' })).not.toBeChecked();
    await editor.getByRole('textbox', { name: 'Feedback for option 2' }).fill('Yes: Key Action 1.');
    await editor.getByRole('textbox', { name: /^Tags/ }).fill('Mobility, KA1');
    await editor.getByRole('button', { name: 'Create the question' }).click();
    await expect(status('The question is saved.')).toBeVisible();
    await expect(editor).toHaveCount(0);
    // Focus is not lost with the closed editor: it is back on "New question".
    await expect(main.getByRole('button', { name: 'New question' })).toBeFocused();
  });

  const bankTable = main.getByRole('table', { name: /^\d+ questions?$/ });
  const rowOf = (prompt: string) => bankTable.getByRole('row').filter({ hasText: prompt });

  await test.step('writes a numeric question', async () => {
    await main.getByRole('button', { name: 'New question' }).click();
    await editor.getByRole('combobox', { name: 'Question type' }).selectOption({ label: 'Number' });
    await editor.getByRole('textbox', { name: 'Question (Markdown)' }).fill(NUMERIC);
    await editor.getByRole('textbox', { name: 'Value 1' }).fill('12');
    await editor.getByRole('textbox', { name: 'Tolerance 1' }).fill('0,5');
    await editor.getByRole('button', { name: 'Add a unit' }).click();
    await editor.getByRole('textbox', { name: 'Unit 1', exact: true }).fill('months');
    await editor.getByRole('button', { name: 'Create the question' }).click();
    await expect(status('The question is saved.')).toBeVisible();
    await expect(rowOf(NUMERIC)).toContainText('Number');
  });

  await test.step('writes an essay question', async () => {
    await main.getByRole('button', { name: 'New question' }).click();
    await editor.getByRole('combobox', { name: 'Question type' }).selectOption({ label: 'Essay' });
    await editor.getByRole('textbox', { name: 'Question (Markdown)' }).fill(ESSAY);
    await editor
      .getByRole('textbox', { name: /^Guidance for graders/ })
      .fill('Mentions the mentor and a tour of the school.');
    await editor.getByRole('textbox', { name: /^Maximum words/ }).fill('300');
    await editor.getByRole('button', { name: 'Create the question' }).click();
    await expect(status('The question is saved.')).toBeVisible();

    await expect(bankTable).toHaveAccessibleName('3 questions');
    await expect(rowOf(SINGLE)).toContainText('Single choice');
    await expect(rowOf(SINGLE)).toContainText('mobility, ka1');
    await expect(rowOf(ESSAY)).toContainText('Essay');
    await expectAccessible(page, 'the question bank');
    await snap(page, 'quiz-trainer-01-bank', { phone: true });
  });

  await test.step('filters the bank by tag', async () => {
    await main.getByRole('textbox', { name: 'Tag' }).fill('KA1');
    await main.getByRole('button', { name: 'Filter', exact: true }).click();
    await expect(bankTable).toHaveAccessibleName('1 question');
    await main.getByRole('textbox', { name: 'Tag' }).fill('');
    await main.getByRole('button', { name: 'Filter', exact: true }).click();
    await expect(bankTable).toHaveAccessibleName('3 questions');
  });

  await test.step('imports GIFT with one broken question and sees the problem', async () => {
    const card = main.getByRole('region', { name: 'Import questions' });
    await expect(card.getByRole('radio', { name: 'Moodle GIFT' })).toBeChecked();
    await card.getByRole('textbox', { name: /^Questions to import/ }).fill(GIFT);
    await card.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(card.getByText('1 question imported.')).toBeVisible();
    await expect(card.getByText('1 part could not be read:')).toBeVisible();
    await expect(card.getByText(/^Line 3: Unknown answer syntax/)).toBeVisible();
    await expect(bankTable).toHaveAccessibleName('4 questions');
    await expect(rowOf('Which city hosts the European Commission?')).toContainText('Single choice');
  });

  await test.step('exports the bank as JSON', async () => {
    const file = await download(page, () =>
      main.getByRole('button', { name: 'Export the bank (JSON)' }).click(),
    );
    expect(file.name).toBe('question-bank.json');
    const bank = JSON.parse(file.text) as { questions: { prompt: string }[] };
    expect(bank.questions.map((q) => q.prompt)).toEqual(
      expect.arrayContaining([SINGLE, NUMERIC, ESSAY, 'Which city hosts the European Commission?']),
    );
  });

  await test.step('adds a quiz lesson through Add lesson → Quiz', async () => {
    await main.getByRole('link', { name: 'Back to the course editor' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await main.getByRole('link', { name: 'Add a lesson to Check what you know' }).click();
    await main.getByRole('radio', { name: 'Quiz', exact: true }).check();
    await main.getByRole('textbox', { name: /^Title/ }).fill('Mobility check');
    await main
      .getByRole('textbox', { name: /^Introduction/ })
      .fill('Three questions; the essay is graded by your trainer.');
    await main.getByRole('button', { name: 'Add the lesson' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Quiz' })).toBeVisible();
    quizId = /\/quizzes\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
    expect(quizId).not.toBe('');
    await expect(main.getByRole('textbox', { name: /^Title/ })).toHaveValue('Mobility check');
  });

  await test.step('sets attempts, pass mark and the three questions, and saves', async () => {
    await main.getByRole('textbox', { name: /^Attempts allowed/ }).fill('2');
    await main.getByRole('textbox', { name: /^Pass mark/ }).fill('60');
    await main.getByRole('combobox', { name: 'Learners see the correct answers' }).selectOption({
      label: 'After each attempt',
    });
    await expect(main.getByText('No questions yet: add a question or a random draw.')).toBeVisible();
    for (const [n, prompt] of [SINGLE, NUMERIC, ESSAY].entries()) {
      await main.getByRole('button', { name: 'Add a question' }).click();
      const select = main.getByRole('combobox', { name: `Question of row ${n + 1}` });
      const label = await select.locator('option', { hasText: prompt.slice(0, 40) }).textContent();
      await select.selectOption({ label: label ?? prompt });
    }
    await main.getByRole('textbox', { name: 'Points, row 3' }).fill('2');
    await main.getByRole('button', { name: 'Save the quiz' }).click();
    await expect(status('The quiz is saved.')).toBeVisible();
    await expectAccessible(page, 'the quiz settings');
    await snap(page, 'quiz-trainer-02-settings');

    await page.reload();
    await expect(main.getByRole('textbox', { name: /^Attempts allowed/ })).toHaveValue('2');
    await expect(main.getByRole('textbox', { name: /^Pass mark/ })).toHaveValue('60');
    await expect(main.getByRole('combobox', { name: /^Question of row/ })).toHaveCount(3);
    await expect(main.getByRole('textbox', { name: 'Points, row 3' })).toHaveValue('2');
  });

  await test.step('publishes the course; the outline links the quiz', async () => {
    await main.getByRole('link', { name: 'Back to the course editor' }).click();
    await expect(main.getByRole('link', { name: /Mobility check/ })).toHaveAttribute(
      'href',
      `/author/courses/${courseId}/quizzes/${quizId}`,
    );
    await main.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(status('The course is published.')).toBeVisible();
  });

  await test.step('the learner takes the quiz (API)', () => learnerTakesQuiz(courseId, quizId));

  await test.step('grades the essay in the grading queue', async () => {
    const card = main.getByRole('region', { name: 'Quizzes and grades' });
    await card.getByRole('link', { name: 'Answers to grade' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Answers to grade' })).toBeVisible();
    // The worker grades the attempt first; the essay then waits for the trainer.
    const item = main.getByRole('region', { name: 'Lucia Bianchi · Mobility check' });
    await expect(async () => {
      await page.reload();
      await expect(item).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    // The prompt reads as the learner saw it: Markdown, rendered.
    await expect(item.getByText('visiting teacher', { exact: true })).toHaveJSProperty('tagName', 'STRONG');
    await expect(item.getByText(ESSAY_ANSWER)).toBeVisible();
    await expect(item.getByText('Mentions the mentor and a tour of the school.')).toBeVisible();
    await expect(item.getByText('Answer (15 words, at most 300)')).toBeVisible();

    const points = item.getByRole('textbox', { name: 'Points (0 to 2)' });
    await item.getByRole('button', { name: 'Save the grade' }).click();
    await expect(points).toHaveAccessibleDescription('Fill in this field.');
    await points.fill('-1');
    await item.getByRole('button', { name: 'Save the grade' }).click();
    await expect(points).toHaveAccessibleDescription('Enter 0 or more.');
    await points.fill('3');
    await item.getByRole('button', { name: 'Save the grade' }).click();
    await expect(item.getByText('Give at most 2 points.')).toBeVisible();
    await points.fill('1,5');
    await item
      .getByRole('textbox', { name: /^Comment for the learner/ })
      .fill('Good: add the mentor’s role.');
    await item.getByRole('button', { name: 'Save the grade' }).click();
    await expect(status('1 answer graded.')).toBeVisible();
    await expect(main.getByText('No answers are waiting to be graded.')).toBeVisible();
  });

  await test.step('sees the attempt graded in the attempts list and its detail', async () => {
    await page.goto(`/author/courses/${courseId}/quizzes/${quizId}`);
    await main.getByRole('link', { name: 'Attempts' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Attempts' })).toBeVisible();
    const table = main.getByRole('table', { name: '1 attempt' });
    const row = table.getByRole('row').filter({ hasText: 'Lucia Bianchi' });
    await expect(row).toContainText('Graded');
    // 1 (single choice) + 0 (number) + 1.5 of 2 (essay) = 2.5 of 4.
    await expect(row).toContainText('62.5%');
    await expect(row).toContainText('Passed');

    await row.getByRole('link', { name: /Lucia Bianchi/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Attempt' })).toBeVisible();
    const summary = main.getByRole('region', { name: 'Summary' });
    await expect(summary).toContainText('Lucia Bianchi');
    await expect(summary).toContainText('Graded');
    await expect(summary).toContainText('62.5%');
    const essay = main.getByRole('listitem').filter({ hasText: 'Describe how you would welcome' });
    await expect(essay.getByText('visiting teacher', { exact: true })).toHaveJSProperty('tagName', 'STRONG');
    await expect(essay).toContainText('1.5 of 2 points');
    await expect(essay).toContainText('Good: add the mentor’s role.');
    const numeric = main.getByRole('listitem').filter({ hasText: NUMERIC });
    await expect(numeric).toContainText('0 of 1 points');
    await expect(numeric).toContainText('12 ± 0.5 months');
    await expectAccessible(page, 'the attempt detail');
    await main.getByRole('link', { name: 'Back to the attempts' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Attempts' })).toBeVisible();
  });

  await test.step('reads the gradebook and downloads it as CSV', async () => {
    await page.goto(`/author/courses/${courseId}`);
    await main
      .getByRole('region', { name: 'Quizzes and grades' })
      .getByRole('link', { name: 'Gradebook' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gradebook' })).toBeVisible();
    const table = main.getByRole('table', { name: 'Quiz grades of 1 learner' });
    await expect(table.getByRole('columnheader', { name: /Mobility check/ })).toContainText('pass at 60%');
    const row = table.getByRole('row').filter({ hasText: 'Lucia Bianchi' });
    await expect(row).toContainText('62.5% · Passed');
    await expect(row).toContainText('1 attempt');
    await expectAccessible(page, 'the gradebook');
    await snap(page, 'quiz-trainer-03-gradebook');
    const csv = await download(page, () => main.getByRole('button', { name: 'Download as CSV' }).click());
    expect(csv.name).toBe('gradebook.csv');
    expect(csv.text).toContain('Lucia Bianchi');
    expect(csv.text).toContain('Mobility check');
  });

  await test.step('reads the question statistics and downloads them as CSV', async () => {
    await page.goto(`/author/courses/${courseId}/quizzes/${quizId}`);
    await main.getByRole('link', { name: 'Question statistics' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Question statistics' })).toBeVisible();
    const table = main.getByRole('table', { name: 'Statistics per question' });
    await expect(table.getByRole('row')).toHaveCount(4);
    await expect(table.getByRole('row').filter({ hasText: SINGLE })).toContainText('100%');
    await expect(table.getByRole('row').filter({ hasText: ESSAY })).toContainText('75%');
    await expectAccessible(page, 'the question statistics');
    const csv = await download(page, () => main.getByRole('button', { name: 'Download as CSV' }).click());
    expect(csv.name).toBe('quiz-statistics.csv');
    expect(csv.text).toContain(NUMERIC);
  });

  await test.step('edits the used single-choice question: a new version, then regrades version 1', async () => {
    await page.goto(`/author/courses/${courseId}/questions`);
    await expect(rowOf(SINGLE)).toContainText('Single choice');
    await rowOf(SINGLE)
      .getByRole('button', { name: /^Edit / })
      .click();
    await expect(editor.getByRole('heading', { name: 'Edit the question' })).toBeFocused();
    await expect(editor.getByText('Type: Single choice.')).toBeVisible();
    await expect(
      editor.getByText('1 attempt used this version. Saving makes version 2; that attempt keeps its own.'),
    ).toBeVisible();
    await expect(editor.getByRole('textbox', { name: 'Option 2', exact: true })).toHaveValue('Erasmus+ KA1');
    await expect(editor.getByRole('radio', { name: 'Option 2 is correct' })).toBeChecked();
    // The key was wrong: Horizon Europe is now the answer, so the learner's answer no longer scores.
    await editor.getByRole('radio', { name: 'Option 1 is correct' }).check();
    await editor.getByRole('button', { name: 'Save the question' }).click();
    await expect(status('The question is saved.')).toBeVisible();
    await expect(rowOf(SINGLE).getByRole('cell', { name: '2', exact: true })).toBeVisible();

    await rowOf(SINGLE)
      .getByRole('button', { name: /^Regrade / })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Regrade earlier attempts' });
    await expect(dialog.getByRole('combobox', { name: 'Attempts that used' })).toHaveValue('1');
    await dialog.getByRole('button', { name: 'Regrade', exact: true }).click();
    await expect(dialog.getByText('1 attempt regraded.')).toBeVisible();
    // 0 + 0 + 1.5 of 4 = 37.5%: below the pass mark of 60.
    await expect(dialog.getByText('Pass or fail changed for 1 learner.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);

    await page.goto(`/author/courses/${courseId}/gradebook`);
    await expect(
      main.getByRole('table', { name: 'Quiz grades of 1 learner' }).getByRole('row').filter({
        hasText: 'Lucia Bianchi',
      }),
    ).toContainText('37.5% · Not passed');
  });
});

/** A course with one module and an empty quiz, written by the demo trainer through the API. */
async function setUpEmptyQuiz(): Promise<{ courseId: string; quizId: string }> {
  const { api, headers, memberships } = await apiAs('trainer@demo.campus');
  try {
    const orgId = memberships.find((m) => m.role === 'trainer')?.organisationId;
    const post = async <T>(path: string, data: unknown): Promise<T> => {
      const res = await api.post(path, { headers, data });
      expect(res.status(), `post ${path}: ${await res.text()}`).toBeLessThan(300);
      return (await res.json()) as T;
    };
    const suffix = Date.now().toString(36);
    interface Course {
      id: string;
      modules: { id: string; lessons: { kind: string; quizId?: string }[] }[];
    }
    let course = await post<Course>(`/api/orgs/${orgId}/courses`, {
      title: `Question types ${suffix}`,
      slug: `question-types-${suffix}`,
      summary: 'Every kind of question.',
      language: 'en',
    });
    course = await post<Course>(`/api/authoring/courses/${course.id}/modules`, { title: 'Practice' });
    course = await post<Course>(`/api/authoring/modules/${course.modules[0].id}/quizzes`, {
      title: 'Visa practice',
    });
    const quizId = course.modules[0].lessons.find((l) => l.kind === 'quiz')?.quizId ?? '';
    expect(quizId).not.toBe('');
    return { courseId: course.id, quizId };
  } finally {
    await api.dispose();
  }
}

test('a trainer writes every other kind of question, archives, imports JSON and draws by tag', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { courseId, quizId } = await test.step('the trainer has a course with an empty quiz (API)', () =>
    setUpEmptyQuiz());
  const main = page.getByRole('main');
  const status = (text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
  const editor = main.getByRole('region', { name: 'New question' });
  const bankTable = main.getByRole('table', { name: /^\d+ questions?$/ });
  const rowOf = (prompt: string) => bankTable.getByRole('row').filter({ hasText: prompt });
  const newQuestion = async (type: string, prompt: string) => {
    await main.getByRole('button', { name: 'New question' }).click();
    await editor.getByRole('combobox', { name: 'Question type' }).selectOption({ label: type });
    await editor.getByRole('textbox', { name: 'Question (Markdown)' }).fill(prompt);
  };
  const create = async (prompt: string, type: string) => {
    await editor.getByRole('button', { name: 'Create the question' }).click();
    await expect(status('The question is saved.')).toBeVisible();
    await expect(rowOf(prompt)).toContainText(type);
  };

  await test.step('multiple choice', async () => {
    await signIn(page, 'trainer@demo.campus');
    await page.goto(`/author/courses/${courseId}/questions`);
    await newQuestion('Multiple choice', 'Which are Erasmus+ programme countries?');
    await editor.getByRole('textbox', { name: 'Option 1', exact: true }).fill('Iceland');
    await editor.getByRole('textbox', { name: 'Option 2', exact: true }).fill('Brazil');
    await editor.getByRole('checkbox', { name: 'Option 1 is correct' }).uncheck();
    await editor.getByRole('button', { name: 'Create the question' }).click();
    await expect(editor.getByText('Mark at least one option as correct.')).toBeFocused();
    await editor.getByRole('checkbox', { name: 'Option 1 is correct' }).check();
    await editor.getByRole('textbox', { name: /^Tags/ }).fill('visas');
    await create('Which are Erasmus+ programme countries?', 'Multiple choice');
  });

  await test.step('true or false', async () => {
    await newQuestion('True or false', 'Rome is the capital of Spain.');
    await editor.getByRole('group', { name: 'Correct answer' }).getByRole('radio', { name: 'False' }).check();
    await editor.getByRole('textbox', { name: 'Feedback for the answer “True”' }).fill('Madrid is.');
    await create('Rome is the capital of Spain.', 'True or false');
  });

  await test.step('short answer', async () => {
    await newQuestion('Short answer', 'Which city hosts the European Commission?');
    await editor.getByRole('textbox', { name: 'Accepted answer 1' }).fill('Brussels');
    await editor.getByRole('button', { name: 'Add an accepted answer' }).click();
    await editor.getByRole('textbox', { name: 'Accepted answer 2' }).fill('Bruxelles');
    await editor.getByRole('checkbox', { name: 'Upper and lower case must match' }).check();
    await editor.getByRole('textbox', { name: /^Tags/ }).fill('visas, cities');
    await create('Which city hosts the European Commission?', 'Short answer');
  });

  await test.step('matching', async () => {
    await newQuestion('Matching', 'Match each document to its purpose.');
    await editor.getByRole('textbox', { name: 'Item 1', exact: true }).fill('Learning agreement');
    await editor.getByRole('textbox', { name: 'Its match 1' }).fill('What will be studied');
    await editor.getByRole('textbox', { name: 'Item 2', exact: true }).fill('Europass Mobility');
    await editor.getByRole('textbox', { name: 'Its match 2' }).fill('What was learnt');
    await editor.getByRole('button', { name: 'Add a wrong match' }).click();
    await editor.getByRole('textbox', { name: 'Wrong match 1' }).fill('Where to sleep');
    await expectAccessible(page, 'the matching editor');
    await create('Match each document to its purpose.', 'Matching');
  });

  await test.step('ordering', async () => {
    await newQuestion('Ordering', 'Put the steps of a mobility in order.');
    await editor.getByRole('textbox', { name: 'Step 1', exact: true }).fill('Apply');
    await editor.getByRole('textbox', { name: 'Step 2', exact: true }).fill('Travel');
    await editor.getByRole('button', { name: 'Add a step' }).click();
    await editor.getByRole('textbox', { name: 'Step 3', exact: true }).fill('Sign the agreement');
    await editor.getByRole('button', { name: 'Move up Step 3' }).click();
    await expect(editor.getByRole('textbox', { name: 'Step 2', exact: true })).toHaveValue(
      'Sign the agreement',
    );
    await expectAccessible(page, 'the ordering editor');
    await create('Put the steps of a mobility in order.', 'Ordering');
  });

  await test.step('number and essay fields say what is wrong with a number', async () => {
    await newQuestion('Number', 'How many ECTS credits is a full academic year?');
    const value = editor.getByRole('textbox', { name: 'Value 1' });
    const tolerance = editor.getByRole('textbox', { name: 'Tolerance 1' });
    await tolerance.fill('-1');
    await editor.getByRole('button', { name: 'Create the question' }).click();
    await expect(value).toHaveAccessibleDescription('Fill in this field.');
    await expect(value).toBeFocused();
    await expect(tolerance).toHaveAccessibleDescription('Enter 0 or more.');
    await value.fill('sixty');
    await tolerance.fill('0');
    await editor.getByRole('button', { name: 'Create the question' }).click();
    await expect(value).toHaveAccessibleDescription('Enter a number.');
    await value.fill('60');
    await create('How many ECTS credits is a full academic year?', 'Number');

    await newQuestion('Essay', 'What did you learn abroad?');
    const maxWords = editor.getByRole('textbox', { name: /^Maximum words/ });
    await maxWords.fill('2.5');
    await editor.getByRole('button', { name: 'Create the question' }).click();
    await expect(maxWords).toHaveAccessibleDescription(/Enter a whole number\.$/);
    await maxWords.fill('0');
    await editor.getByRole('button', { name: 'Create the question' }).click();
    await expect(maxWords).toHaveAccessibleDescription(/Enter 1 or more\.$/);
    await maxWords.fill('');
    await create('What did you learn abroad?', 'Essay');
    await expect(bankTable).toHaveAccessibleName('7 questions');
  });

  await test.step('archives a question, which then shows only with the archived ones', async () => {
    await rowOf('Rome is the capital of Spain.')
      .getByRole('button', { name: /^Archive / })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Archive this question?' });
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Archive', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(bankTable).toHaveAccessibleName('6 questions');
    await expect(main.getByRole('button', { name: 'New question' })).toBeFocused();
    await main.getByRole('checkbox', { name: 'Show archived questions' }).check();
    await expect(bankTable).toHaveAccessibleName('7 questions');
    await expect(rowOf('Rome is the capital of Spain.')).toContainText('Archived');
    await expect(
      rowOf('Rome is the capital of Spain.').getByRole('button', { name: /^Archive / }),
    ).toHaveCount(0);
    await main.getByRole('checkbox', { name: 'Show archived questions' }).uncheck();
  });

  await test.step('imports JSON from a file: a stray file, then the exported bank', async () => {
    const card = main.getByRole('region', { name: 'Import questions' });
    const fileField = card.getByLabel('File to read (optional)');
    await fileField.setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": "world"}'),
    });
    await expect(card.getByRole('radio', { name: 'Campus bank (JSON)' })).toBeChecked();
    await expect(card.getByRole('textbox', { name: /^Questions to import/ })).toHaveValue(
      '{"hello": "world"}',
    );
    await card.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(card.getByText('0 questions imported.')).toBeVisible();
    // The whole file is refused: its message stands alone, not as "Question 0".
    await expect(card.getByRole('listitem')).toHaveText(/^Not a Campus question bank/);

    const exported = await download(page, () =>
      main.getByRole('button', { name: 'Export the bank (JSON)' }).click(),
    );
    await fileField.setInputFiles({
      name: exported.name,
      mimeType: 'application/json',
      buffer: Buffer.from(exported.text),
    });
    await card.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(card.getByText('6 questions imported.')).toBeVisible();
    await expect(bankTable).toHaveAccessibleName('12 questions');
  });

  await test.step('quiz settings say what is wrong, then save dates and a random draw by tag', async () => {
    await page.goto(`/author/courses/${courseId}/quizzes/${quizId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Quiz' })).toBeVisible();
    const attempts = main.getByRole('textbox', { name: /^Attempts allowed/ });
    const timeLimit = main.getByRole('textbox', { name: /^Time limit/ });
    const passMark = main.getByRole('textbox', { name: /^Pass mark/ });
    await attempts.fill('0');
    await timeLimit.fill('2000');
    await passMark.fill('150');
    await main.getByLabel('Opens').fill('2030-03-02T09:00');
    await main.getByLabel('Closes').fill('2030-03-01T09:00');
    await main.getByRole('button', { name: 'Add a question' }).click();
    await main.getByRole('button', { name: 'Save the quiz' }).click();
    await expect(attempts).toBeFocused();
    await expect(attempts).toHaveAccessibleDescription(/Enter 1 or more\.$/);
    await expect(timeLimit).toHaveAccessibleDescription(/Enter 1440 or less\.$/);
    await expect(passMark).toHaveAccessibleDescription('Enter 100 or less.');
    await expect(main.getByLabel('Closes')).toHaveAccessibleDescription(
      /The quiz must close after it opens\.$/,
    );
    await expect(main.getByRole('combobox', { name: 'Question of row 1' })).toHaveAccessibleDescription(
      'Choose one of the options.',
    );

    await attempts.fill('');
    await timeLimit.fill('20');
    await passMark.fill('');
    await main.getByLabel('Opens').fill('2030-03-01T09:00');
    await main.getByLabel('Closes').fill('2030-03-31T18:00');
    await main.getByRole('button', { name: 'Save the quiz' }).click();
    await expect(passMark).toHaveAccessibleDescription('Fill in this field.');
    await passMark.fill('75');
    const q1 = main.getByRole('combobox', { name: 'Question of row 1' });
    await q1.selectOption({
      label: (await q1.locator('option', { hasText: 'Match each document' }).first().textContent()) ?? '',
    });
    await main.getByRole('button', { name: 'Add a random draw by tag' }).click();
    await main.getByRole('textbox', { name: 'Tag to draw from, row 2' }).fill('visas');
    await main.getByRole('textbox', { name: 'How many, row 2' }).fill('2');
    await main.getByRole('textbox', { name: /^Title/ }).fill('Visa practice (optional)');
    await main.getByRole('checkbox', { name: 'Required to complete the course' }).uncheck();
    await main.getByRole('button', { name: 'Move up row 2' }).click();
    await expect(main.getByRole('textbox', { name: 'Tag to draw from, row 1' })).toHaveValue('visas');
    await main.getByRole('button', { name: 'Save the quiz' }).click();
    await expect(status('The quiz is saved.')).toBeVisible();

    await page.reload();
    await expect(attempts).toHaveValue('');
    await expect(timeLimit).toHaveValue('20');
    await expect(passMark).toHaveValue('75');
    await expect(main.getByLabel('Opens')).toHaveValue('2030-03-01T09:00');
    await expect(main.getByLabel('Closes')).toHaveValue('2030-03-31T18:00');
    await expect(main.getByRole('textbox', { name: 'Tag to draw from, row 1' })).toHaveValue('visas');
    await expect(main.getByRole('textbox', { name: 'How many, row 1' })).toHaveValue('2');
    await expect(main.getByRole('combobox', { name: 'Question of row 2' })).toHaveValue(/^[0-9a-f-]{36}$/);
    await expect(main.getByRole('textbox', { name: /^Title/ })).toHaveValue('Visa practice (optional)');
    await expect(main.getByRole('checkbox', { name: 'Required to complete the course' })).not.toBeChecked();
    await expectAccessible(page, 'the quiz settings with a draw');
  });

  await test.step('the quiz has no attempts and no statistics yet', async () => {
    await main.getByRole('link', { name: 'Attempts' }).click();
    await expect(main.getByText('Nobody has attempted this quiz yet.')).toBeVisible();
    await main.getByRole('link', { name: 'Back to the quiz' }).click();
    await main.getByRole('link', { name: 'Question statistics' }).click();
    await expect(main.getByText('No graded attempts yet.')).toBeVisible();
    await page.goto(`/author/courses/${courseId}/grading`);
    await expect(main.getByText('No answers are waiting to be graded.')).toBeVisible();
    await page.goto(`/author/courses/${courseId}/gradebook`);
    await expect(main.getByText('No learners or no quizzes yet.')).toBeVisible();
    await main.getByRole('link', { name: 'Back to the course editor' }).click();
    await expect(main.getByRole('link', { name: /Visa practice \(optional\)/ })).toBeVisible();
  });
});
