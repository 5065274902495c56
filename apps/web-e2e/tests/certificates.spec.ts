import { expect, test } from '@playwright/test';
import { expectAccessible, GRADUATE, signIn, waitForGraduateCertificate } from '../src/helpers';
import { BASE_URL } from '../src/settings';

test('a graduate shares a certificate and anyone can verify it and its credential file', async ({
  page,
  browser,
}) => {
  const certificate = await test.step('the worker has issued the certificate', () =>
    waitForGraduateCertificate());

  await test.step('the graduate finds it under My certificates', async () => {
    await signIn(page, GRADUATE);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My certificates' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'My certificates' })).toBeVisible();
    const card = page.getByRole('article').filter({ hasText: certificate.code });
    await expect(card.getByRole('heading', { level: 2, name: certificate.courseTitle })).toBeVisible();
    await expect(card.getByText('Valid', { exact: true })).toBeVisible();
    await expect(card.getByRole('link', { name: /^Add to LinkedIn/ })).toHaveAttribute('target', '_blank');
    await expectAccessible(page, 'my certificates');
  });

  const download = await test.step('downloads the signed credential', async () => {
    const card = page.getByRole('article').filter({ hasText: certificate.code });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: /^Download credential/ }).click(),
    ]);
    expect(file.suggestedFilename()).toBe(`certificate-${certificate.code}.jwt`);
    return file.path();
  });

  await test.step('the share link opens the public verification page', async () => {
    await page
      .getByRole('article')
      .filter({ hasText: certificate.code })
      .getByRole('link', { name: /^Open the verification page/ })
      .click();
    await expect(page).toHaveURL(new RegExp(`/verify/${encodeURIComponent(certificate.code)}$`));
    await expect(page.getByRole('status').filter({ hasText: 'This certificate is valid' })).toBeVisible();
  });

  await test.step('someone not signed in verifies the code and the credential file', async () => {
    // A context of its own (no session cookie); axe needs a page from browser.newContext().
    const context = await browser.newContext({ baseURL: BASE_URL, locale: 'en-GB' });
    const visitor = await context.newPage();
    try {
      await visitor.goto(`/verify/${encodeURIComponent(certificate.code)}`);
      await expect(
        visitor.getByRole('status').filter({ hasText: 'This certificate is valid' }),
      ).toBeVisible();
      const details = visitor.getByRole('region', { name: 'What was certified' });
      await expect(details.getByText(certificate.courseTitle)).toBeVisible();
      await expectAccessible(visitor, 'the verification page');

      await visitor.getByLabel('Certificate file', { exact: true }).setInputFiles(download);
      await visitor.getByRole('button', { name: 'Check the file' }).click();
      await expect(visitor.getByRole('status').filter({ hasText: 'Genuine and valid' })).toBeVisible();
    } finally {
      await context.close();
    }
  });
});
