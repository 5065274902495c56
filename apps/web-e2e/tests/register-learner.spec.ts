import { expect, test } from '@playwright/test';
import { expectAccessible, linkIn, snap, uniqueEmail, waitForMail } from '../src/helpers';

test('an independent learner registers, confirms the address from the e-mail and signs in', async ({
  page,
}) => {
  const email = uniqueEmail('learner');
  const name = 'Elena Papadopoulou';
  const password = 'my own long password';

  await test.step('the sign-in page is accessible and links to registration', async () => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Create an account' })).toBeVisible();
    await expectAccessible(page, 'the sign-in page');
    await snap(page, 'register-01-sign-in', { phone: true });
    await page.getByRole('link', { name: 'Create an account' }).click();
  });

  await test.step('registers', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Create an account' })).toBeVisible();
    await expectAccessible(page, 'the registration page');
    await page.getByLabel('Full name').fill(name);
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('New password').fill(password);
    await page.getByLabel('Repeat the password').fill('something else entirely');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByLabel('Repeat the password')).toHaveAccessibleDescription(
      'The two passwords differ.',
    );
    await snap(page, 'register-02-form-error', { phone: true });
    await page.getByLabel('Repeat the password').fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Check your inbox' })).toContainText(email);
    await snap(page, 'register-03-check-inbox');
  });

  await test.step('signing in before confirming is refused, with a way to get a new link', async () => {
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'confirm your e-mail address first' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Send the confirmation e-mail again' })).toBeVisible();
  });

  const mail = await test.step('the confirmation mail arrives', () =>
    waitForMail(email, /Confirm your e-mail address/));

  await test.step('opens the link: the address is confirmed', async () => {
    await page.goto(linkIn(mail.text, '/verify-email'));
    await expect(page.getByRole('status').filter({ hasText: 'E-mail address confirmed' })).toBeVisible();
    await snap(page, 'register-04-confirmed');
    await page.getByRole('link', { name: 'Sign in' }).click();
  });

  await test.step('signs in', async () => {
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${name}` })).toBeVisible();
    await expect(page.getByText('You do not belong to an organisation yet')).toBeVisible();
    await snap(page, 'register-05-home', { phone: true });
  });
});
