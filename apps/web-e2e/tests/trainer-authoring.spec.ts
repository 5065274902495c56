import { expect, test, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import { expectAccessible, signIn, snap } from '../src/helpers';

const FIXTURES = join(__dirname, '../fixtures');
const fixture = (name: string) => join(FIXTURES, name);

/** The lesson titles of the course editor's first module, in the order shown (from their Edit links). */
async function lessonOrder(page: Page): Promise<string[]> {
  const edits = page
    .getByRole('list', { name: /^Lessons of / })
    .first()
    .getByRole('link', { name: /^Edit / });
  const names = await edits.evaluateAll((links) => links.map((a) => a.textContent ?? ''));
  return names.map((n) => n.replace(/^Edit\s*/, '').trim());
}

/** An upload field has finished when it shows the uploaded file's name and size. */
async function upload(page: Page, field: Locator, file: string): Promise<void> {
  await field.setInputFiles(fixture(file));
  await expect(page.getByText(new RegExp(`^${file.replace(/\./g, '\\.')} \\(`))).toBeVisible();
}

test('a trainer writes a course with every kind of lesson, previews it and publishes it', async ({
  page,
}) => {
  const title = `Welcome week for visiting staff ${Date.now().toString(36)}`;
  const main = page.getByRole('main');

  await test.step('the demo trainer opens the course list and starts a new course', async () => {
    await signIn(page, 'trainer@demo.campus');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Courses', exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Courses' })).toBeVisible();
    await main.getByRole('link', { name: 'New course' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'New course' })).toBeVisible();
  });

  await test.step('fills in the details; the web address follows the title', async () => {
    await main.getByRole('textbox', { name: /^Title/ }).fill(title);
    await expect(main.getByRole('textbox', { name: /^Web address/ })).toHaveValue(
      title.toLowerCase().replace(/ /g, '-'),
    );
    await main
      .getByRole('textbox', { name: 'Summary' })
      .fill('How a partner school welcomes visiting staff.');
    await main.getByRole('combobox', { name: 'EQF level' }).selectOption({ label: 'Level 5' });
    await main.getByRole('textbox', { name: 'Workload in hours' }).fill('3');
    await main.getByRole('button', { name: 'Add an outcome' }).click();
    await main.getByRole('textbox', { name: 'Outcome 1' }).fill('Plan the first day of a visitor');
    await main.getByRole('button', { name: 'Add an outcome' }).click();
    await main.getByRole('textbox', { name: 'Outcome 2' }).fill('Brief the host mentor');
    await main.getByRole('button', { name: 'Move Outcome 2 up' }).click();
    await expect(main.getByRole('textbox', { name: 'Outcome 1' })).toHaveValue('Brief the host mentor');
    await main.getByRole('textbox', { name: /^Topics/ }).fill('mobility, welcome');
    await main.getByLabel('Course starts').fill('2030-03-01T09:00');
    await main.getByRole('button', { name: 'Create the course' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(main.getByText('Draft', { exact: true })).toBeVisible();
  });

  await test.step('uploads a cover image in the details', async () => {
    await main.getByRole('link', { name: 'Edit the details' }).click();
    await upload(page, main.getByLabel('Cover image', { exact: true }), 'cover.png');
    await expect(main.getByRole('img', { name: 'Preview of the uploaded image' })).toBeVisible();
    // The run date comes back in the trainer's time zone (Europe/Rome).
    await expect(main.getByLabel('Course starts')).toHaveValue('2030-03-01T09:00');
    await main.getByRole('button', { name: 'Save the details' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The details are saved.' })).toBeVisible();
    await expect(main.getByRole('img', { name: 'Cover image of the course' })).toBeVisible();
  });

  await test.step('adds a module', async () => {
    await main.getByRole('textbox', { name: 'New module' }).fill('Before the visit');
    await main.getByRole('button', { name: 'Add the module' }).click();
    await expect(main.getByRole('heading', { level: 3, name: 'Before the visit' })).toBeVisible();
  });

  await test.step('adds a page with an uploaded image, seen in the live preview', async () => {
    await main.getByRole('link', { name: 'Add a lesson to Before the visit' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'New lesson in Before the visit' }),
    ).toBeVisible();
    await main.getByRole('textbox', { name: /^Title/ }).fill('Reading: the welcome plan');
    const body = main.getByRole('textbox', { name: 'Page text (Markdown)' });
    await body.fill('# The plan\n\nEvery visitor gets a **buddy**.');
    await main.getByRole('textbox', { name: 'Image description' }).fill('The welcome desk');
    await main.getByLabel('Image file').setInputFiles(fixture('cover.png'));
    await expect(main.getByText('cover.png is inserted in the text.')).toBeVisible();
    await expect(body).toHaveValue(/!\[The welcome desk\]\(file:[0-9a-f-]{36}\)/);
    const preview = main.getByRole('region', { name: 'Preview' });
    await expect(preview.getByRole('img', { name: 'The welcome desk' })).toBeVisible();
    await expect(preview.getByRole('heading', { name: 'The plan' })).toBeVisible();
    await main.getByRole('button', { name: 'Add the lesson' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The lesson is saved.' })).toBeVisible();
  });

  await test.step('adds an uploaded video with captions', async () => {
    await main.getByRole('link', { name: 'Add a lesson to Before the visit' }).click();
    await main.getByRole('radio', { name: 'Video', exact: true }).check();
    await main.getByRole('textbox', { name: /^Title/ }).fill('Video: meeting the visitor');
    await upload(page, main.getByLabel('Video file'), 'lesson-video.webm');
    await upload(page, main.getByLabel('Captions (WebVTT)'), 'lesson-captions.vtt');
    await main.getByRole('textbox', { name: /^Transcript/ }).fill('Welcome to the International Office.');
    await main.getByRole('button', { name: 'Add the lesson' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The lesson is saved.' })).toBeVisible();
  });

  await test.step('adds a file to download', async () => {
    await main.getByRole('link', { name: 'Add a lesson to Before the visit' }).click();
    await main.getByRole('radio', { name: 'File', exact: true }).check();
    await main.getByRole('textbox', { name: /^Title/ }).fill('Checklist for the first day');
    await upload(page, main.getByLabel('File to download'), 'checklist.pdf');
    await main.getByRole('textbox', { name: /^Description/ }).fill('Print it and keep it at the desk.');
    await main.getByRole('checkbox', { name: /Required to complete/ }).uncheck();
    await main.getByRole('button', { name: 'Add the lesson' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The lesson is saved.' })).toBeVisible();
    expect(await lessonOrder(page)).toEqual([
      'Reading: the welcome plan',
      'Video: meeting the visitor',
      'Checklist for the first day',
    ]);
  });

  await test.step('moves the checklist up with the keyboard; the order is saved', async () => {
    const moveUp = main.getByRole('button', { name: 'Move Checklist for the first day up' });
    await moveUp.focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: 'Checklist for the first day moved to position 2 of 3.' }),
    ).toBeVisible();
    await expect(moveUp).toBeFocused();
    await expectAccessible(page, 'the course editor');
    await snap(page, 'trainer-01-editor', { phone: true });
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    expect(await lessonOrder(page)).toEqual([
      'Reading: the welcome plan',
      'Checklist for the first day',
      'Video: meeting the visitor',
    ]);
  });

  await test.step('previews the course as a learner: nothing can be completed', async () => {
    await main.getByRole('link', { name: 'Preview as a learner' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Preview' }).first()).toBeVisible();
    const lesson = page.getByRole('article');
    await expect(lesson.getByRole('heading', { level: 2, name: 'Reading: the welcome plan' })).toBeVisible();
    const image = lesson.getByRole('img', { name: 'The welcome desk' });
    await expect(image).toBeVisible();
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(lesson.getByRole('button', { name: 'Mark as complete' })).toBeDisabled();
    await expectAccessible(page, 'the preview');
    await snap(page, 'trainer-02-preview');

    await page.getByRole('link', { name: /^Next: Checklist/ }).click();
    await expect(
      lesson.getByRole('heading', { level: 2, name: 'Checklist for the first day' }),
    ).toBeVisible();
    const download = lesson.getByRole('link', { name: 'Download checklist.pdf' });
    await expect(download).toHaveAttribute('download', 'checklist.pdf');
    await expect(lesson.getByText(/^PDF, /)).toBeVisible();

    await page.getByRole('link', { name: /^Next: Video/ }).click();
    const video = lesson.locator('video');
    await expect(video).toBeVisible();
    await expect(video.locator('track')).toHaveAttribute('kind', 'captions');
    await expect(video.locator('track')).toHaveAttribute('srclang', 'en');
    await expect(lesson.getByRole('button', { name: 'Mark as complete' })).toHaveCount(0);
  });

  await test.step('publishes the course, which then shows in the public catalogue', async () => {
    await page.getByRole('link', { name: 'Back to editing' }).click();
    await main.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The course is published.' })).toBeVisible();
    await expect(main.getByText('Published', { exact: true }).first()).toBeVisible();

    await page.goto(`/catalogue?q=${encodeURIComponent(title)}`);
    const card = page.getByRole('main').getByRole('listitem').filter({ hasText: title });
    await expect(card.getByRole('link', { name: title })).toBeVisible();
    await expect(card.locator('img')).toBeVisible();
    await card.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('region', { name: /Outline · 3 lessons/ })).toContainText('File');
  });
});
