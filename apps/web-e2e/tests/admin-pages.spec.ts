import { expect, test } from '@playwright/test';
import { signIn, snap, waitForMail } from '../src/helpers';

test('the platform admin pages show their data', async ({ page, request }) => {
  // Some mail of our own, so the mail pages have something to show whatever else runs.
  const asked = await request.post('/api/auth/password-reset/request', {
    data: { email: 'learner@partner.campus' },
  });
  expect(asked.status()).toBe(202);
  await waitForMail('learner@partner.campus', /Reset your Campus password/);

  await signIn(page, 'admin@demo.campus');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Administration' }).click();

  await test.step('organisations', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
    const table = page.getByRole('table', { name: /organisations/ });
    await expect(table.getByRole('row').filter({ hasText: 'Demo VET School' })).toContainText('Italy');
    await expect(table.getByRole('row').filter({ hasText: 'Partner VET School' })).toContainText('Finland');
    await snap(page, 'admin-01-organisations', { phone: true });
  });

  await test.step('users, searched', async () => {
    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Users' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Users' })).toContainText('manager@demo.campus');
    await page.getByRole('searchbox', { name: 'Search' }).fill('partner.campus');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/q=partner\.campus/);
    const rows = page.getByRole('table', { name: 'Users' }).getByRole('row');
    await expect(rows).toHaveCount(3); // header + the two partner accounts
    await expect(page.getByRole('navigation', { name: 'Pages of users' })).toContainText('2 in all');
    await snap(page, 'admin-02-users');
  });

  await test.step('captured mail, and one message with its links', async () => {
    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Captured mail' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Captured mail' })).toBeVisible();
    const row = page
      .getByRole('table', { name: 'Captured mail' })
      .getByRole('row')
      .filter({ hasText: 'learner@partner.campus' })
      .first();
    await expect(row).toContainText('Reset your Campus password');
    await snap(page, 'admin-03-captured');
    await row.getByRole('link', { name: 'Reset your Campus password' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reset your Campus password' })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Message' }).getByRole('link', { name: /\/reset-password\?token=/ }),
    ).toBeVisible();
    await snap(page, 'admin-04-captured-one', { phone: true });
  });

  await test.step('outgoing mail, all statuses', async () => {
    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Outgoing mail' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Outgoing mail' })).toBeVisible();
    // Failed messages first: none in a healthy run.
    await expect(page.getByLabel('Status')).toHaveValue('failed');
    await expect(page.getByText('No messages with status “Failed”.')).toBeVisible();
    await page.getByLabel('Status').selectOption('all');
    await expect(page).toHaveURL(/status=all/);
    const row = page
      .getByRole('table', { name: 'Outgoing mail' })
      .getByRole('row')
      .filter({ hasText: 'learner@partner.campus' })
      .first();
    await expect(row).toContainText('Reset your Campus password');
    await expect(row).toContainText(/Sent|Sending/);
  });

  await test.step('queues', async () => {
    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Queues' })
      .click();
    const queue = page.getByRole('region', { name: 'Queue “email”' });
    await expect(queue).toBeVisible();
    await expect(queue.getByText('Completed')).toBeVisible();
    await snap(page, 'admin-05-queues');
  });

  await test.step('audit log, filtered by action', async () => {
    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Audit log' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    await page.getByLabel('Action').fill('auth.login');
    await page.getByRole('button', { name: 'Filter' }).click();
    const rows = page.getByRole('table', { name: 'Audit events' }).getByRole('row');
    await expect(rows.filter({ hasText: 'admin@demo.campus' }).first()).toContainText('auth.login');
    await snap(page, 'admin-06-audit');
  });

  await test.step('settings', async () => {
    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await expect(page.getByRole('switch', { name: 'Anyone may register an account' })).toBeVisible();
  });
});

test('people without the platform admin flag are not allowed in the admin area', async ({ page }) => {
  await signIn(page, 'learner@demo.campus');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Administration' }),
  ).toHaveCount(0);
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await expect(page.getByText('This area is for platform administrators.')).toBeVisible();
});
