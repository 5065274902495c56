import { expect, request as playwrightRequest, test, type Page } from '@playwright/test';
import { expectAccessible, linkIn, snap, uniqueEmail, waitForMail } from '../src/helpers';
import { BASE_URL } from '../src/settings';

const COURSE = 'Setting up an International Office in a VET school';

/** A new, confirmed account whose language is Greek (registered and confirmed through the API). */
async function registerGreekLearner(email: string, name: string, password: string): Promise<void> {
  const api = await playwrightRequest.newContext({ baseURL: BASE_URL });
  try {
    const res = await api.post('/api/auth/register', {
      data: { email, name, password, locale: 'el', timeZone: 'Europe/Athens' },
    });
    expect(res.status(), await res.text()).toBeLessThan(300);
    const mail = await waitForMail(email, /./);
    const token = new URL(linkIn(mail.text, '/verify-email')).searchParams.get('token');
    const verified = await api.post('/api/auth/verify-email', { data: { token } });
    expect(verified.status(), await verified.text()).toBeLessThan(300);
  } finally {
    await api.dispose();
  }
}

async function markIfRequired(page: Page): Promise<void> {
  const lesson = page.getByRole('article');
  await expect(lesson.getByRole('heading', { level: 2 })).toBeVisible();
  const optional = await lesson.getByText('Προαιρετική', { exact: true }).count();
  const button = lesson.getByRole('button', { name: 'Σήμανση ως ολοκληρωμένη' });
  if (!optional && (await button.count())) {
    await button.click();
    await expect(lesson.getByText('Ολοκληρώθηκε', { exact: true })).toBeVisible();
  }
}

test('a new learner, in Greek, finds a course, enrols and completes it', async ({ page }) => {
  const email = uniqueEmail('greek-learner');
  const name = 'Eleni Georgiou';
  const password = 'a long greek learner password';
  await test.step('registers (through the API)', () => registerGreekLearner(email, name, password));

  await test.step('switches the public pages to Greek and finds the course', async () => {
    await page.goto('/catalogue');
    await expect(page.getByRole('heading', { level: 1, name: 'Course catalogue' })).toBeVisible();
    await page.getByRole('contentinfo').getByLabel('Language').selectOption({ label: 'Ελληνικά' });
    await expect(page.getByRole('heading', { level: 1, name: 'Κατάλογος μαθημάτων' })).toBeVisible();
    const main = page.getByRole('main');
    await main.getByLabel('Γλώσσα μαθήματος').selectOption({ label: 'English' });
    await main.getByLabel('Αναζήτηση', { exact: true }).fill('International Office');
    await main.getByRole('button', { name: 'Αναζήτηση', exact: true }).click();
    await expect(page).toHaveURL(/language=en/);
    await expect(page).toHaveURL(/q=International/);
    await expect(main.getByRole('link', { name: COURSE })).toBeVisible();
    await expectAccessible(page, 'the catalogue');
    await snap(page, 'learner-01-catalogue', { phone: true });
    await main.getByRole('link', { name: COURSE }).click();
  });

  await test.step('reads the course page and signs in to enrol', async () => {
    await expect(page.getByRole('heading', { level: 1, name: COURSE })).toBeVisible();
    await expect(page.getByRole('region', { name: /Περιεχόμενα · 13 ενότητες/ })).toContainText(
      'Προαιρετική',
    );
    await expectAccessible(page, 'the course page');
    await snap(page, 'learner-02-course', { phone: true });
    await page.getByRole('link', { name: 'Συνδεθείτε για να εγγραφείτε' }).click();
    await page.getByRole('textbox', { name: 'Διεύθυνση email' }).fill(email);
    await page.getByLabel('Κωδικός πρόσβασης').fill(password);
    await page.getByRole('button', { name: 'Σύνδεση', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: COURSE })).toBeVisible();
  });

  await test.step('enrols and lands in the player', async () => {
    await page.getByRole('button', { name: 'Εγγραφή', exact: true }).click();
    await expect(page).toHaveURL(/\/learn\/[^/]+\/[^/]+$/);
    await expect(page.getByRole('progressbar', { name: 'Πρόοδος μαθήματος' })).toHaveAttribute(
      'aria-valuenow',
      '0',
    );
    await expectAccessible(page, 'the player');
    await snap(page, 'learner-03-player', { phone: true });
  });

  await test.step('completes every required lesson', async () => {
    for (let i = 0; i < 20; i++) {
      await markIfRequired(page);
      const next = page.getByRole('link', { name: /^Επόμενη: / });
      if (!(await next.count())) break;
      const nextTitle = (await next.innerText())
        .replace(/^Επόμενη: /, '')
        .replace(/→\s*$/, '')
        .trim();
      await next.click();
      // the router renders the next lesson asynchronously: never inspect the previous one again
      await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(nextTitle);
    }
    await expect(page.getByRole('status').filter({ hasText: 'Το μάθημα ολοκληρώθηκε' })).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Πρόοδος μαθήματος' })).toHaveAttribute(
      'aria-valuenow',
      '100',
    );
    await snap(page, 'learner-04-completed');
  });

  await test.step('sees the course as completed in my learning', async () => {
    await page
      .getByRole('navigation', { name: 'Κύρια πλοήγηση' })
      .getByRole('link', { name: 'Η μάθησή μου' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Η μάθησή μου' })).toBeVisible();
    await expect(page.getByRole('link', { name: COURSE, exact: true })).toBeVisible();
    await expect(page.getByText('100% ολοκληρώθηκε')).toBeVisible();
    await expectAccessible(page, 'my learning');
    await snap(page, 'learner-05-my-learning', { phone: true });
  });
});
