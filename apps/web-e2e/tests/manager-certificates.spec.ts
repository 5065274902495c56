import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectAccessible, GRADUATE, signIn, waitForGraduateCertificate, waitForMail } from '../src/helpers';

// Other specs expect the graduate's certificate to stay valid: this one only looks, downloads and
// opens the revoke dialog without confirming. Revoking and re-issuing are covered by component tests.
test('a manager finds a member’s certificate, downloads the CSV and ZIP, and checks it', async ({ page }) => {
  const certificate = await test.step('the worker has issued the certificate', () =>
    waitForGraduateCertificate());

  await test.step('the demo manager opens the organisation’s certificates', async () => {
    await signIn(page, 'manager@demo.campus');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Certificates', exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible();
    const main = page.getByRole('main');
    const person = main.getByRole('combobox', { name: 'Person', exact: true });
    const graduateId = await person.locator('option', { hasText: `(${GRADUATE})` }).getAttribute('value');
    await person.selectOption(graduateId ?? '');
    await expect(page).toHaveURL(/[?&]userId=/);
    const row = main.getByRole('row').filter({ hasText: certificate.code });
    await expect(row).toContainText(GRADUATE);
    await expect(row).toContainText(certificate.courseTitle);
    await expect(row.getByText('Valid', { exact: true })).toBeVisible();
    await expectAccessible(page, 'the organisation’s certificates');
  });

  await test.step('downloads the filtered list as CSV', async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('certificates.csv');
    expect(await readFile(await file.path(), 'utf8')).toContain(certificate.code);
    await expect(page.getByRole('status').filter({ hasText: 'Your download has started.' })).toBeVisible();
  });

  await test.step('has the worker prepare the PDFs as one ZIP, and downloads it when ready', async () => {
    // This stack builds every ZIP in the background (CERTIFICATE_ZIP_STREAM_LIMIT=0).
    await page.getByRole('button', { name: 'Download all as ZIP' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The ZIP is being prepared' })).toBeVisible();
    const exports = page.getByRole('region', { name: 'Prepared ZIP files' });
    // The graduate's course certificate and demo mobility credential.
    await expect(exports.getByText('ZIP of 2 certificates', { exact: false })).toBeVisible();
    const link = exports.getByRole('link', { name: /^Download ZIP/ });
    await expect(link).toBeVisible({ timeout: 60_000 });
    await expectAccessible(page, 'a prepared ZIP');
    const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(file.suggestedFilename()).toMatch(/^certificates-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = await readFile(await file.path());
    // Every ZIP archive starts with the local file header signature "PK"; the manifest names the code.
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(zip.includes(Buffer.from('manifest.csv'))).toBe(true);
    const mail = await waitForMail('manager@demo.campus', /Your ZIP of 2 certificates is ready/);
    expect(mail.text).toContain('/certificates?export=');
  });

  await test.step('the revoke dialog asks for a reason (and is cancelled)', async () => {
    const row = page.getByRole('main').getByRole('row').filter({ hasText: certificate.code });
    await row.getByRole('button', { name: /^Revoke the certificate of / }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke this certificate?' });
    await dialog.getByRole('button', { name: 'Revoke certificate' }).click();
    await expect(dialog.getByRole('textbox', { name: /^Reason/ })).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'the revoke dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('the code links to the public verification page', async () => {
    await page.getByRole('main').getByRole('link', { name: certificate.code }).click();
    await expect(page).toHaveURL(new RegExp(`/verify/${encodeURIComponent(certificate.code)}$`));
    await expect(page.getByRole('status').filter({ hasText: 'This certificate is valid' })).toBeVisible();
  });
});
