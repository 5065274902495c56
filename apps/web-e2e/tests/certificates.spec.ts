import { expect, request as playwrightRequest, test } from '@playwright/test';
import type { MyCertificate } from '@campus/contracts';
import { expectAccessible, signIn } from '../src/helpers';
import { BASE_URL, DEMO_PASSWORD } from '../src/settings';

const GRADUATE = 'graduate@demo.campus';

/** The worker issues the demo graduate's certificate shortly after start: wait for it through the API. */
async function waitForCertificate(timeoutMs = 60_000): Promise<MyCertificate> {
  const api = await playwrightRequest.newContext({ baseURL: BASE_URL });
  try {
    const login = await api.post('/api/auth/login', { data: { email: GRADUATE, password: DEMO_PASSWORD } });
    expect(login.status(), await login.text()).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const res = await api.get('/api/me/certificates', {
        headers: { Authorization: `Bearer ${accessToken}` },
      });
      expect(res.status(), await res.text()).toBe(200);
      const [first] = (await res.json()) as MyCertificate[];
      if (first) return first;
      if (Date.now() > deadline) throw new Error(`No certificate for ${GRADUATE} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await api.dispose();
  }
}

test('a graduate shares a certificate and anyone can verify it and its credential file', async ({
  page,
  browser,
}) => {
  const certificate = await test.step('the worker has issued the certificate', () => waitForCertificate());

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
