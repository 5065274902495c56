import { expect, test } from '@playwright/test';
import { expectAccessible, linkIn, signIn, signOut, snap, uniqueEmail, waitForMail } from '../src/helpers';

test('a manager invites a new person, who accepts, is signed in and later signs in again', async ({
  page,
  browser,
}) => {
  const email = uniqueEmail('invitee');
  const name = 'Sofia Ferrari';
  const password = 'a long invitee password';

  await test.step('the demo manager opens the people page', async () => {
    await signIn(page, 'manager@demo.campus');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'People of Demo VET School' })).toBeVisible();
    await expect(page.getByRole('table', { name: /members of Demo VET School/ })).toContainText(
      'learner@demo.campus',
    );
    await expectAccessible(page, 'the people page');
    await snap(page, 'invite-01-people', { phone: true });
  });

  await test.step('invites a new person', async () => {
    const form = page.getByRole('region', { name: 'Invite a person' });
    await form.getByLabel('E-mail address').fill(email);
    await form.getByLabel('Role').selectOption('learner');
    await form.getByLabel('Name (optional)').fill(name);
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await expect(form.getByRole('status')).toHaveText(`Invitation sent to ${email}.`);
    const invitations = page.getByRole('region', { name: 'Invitations' });
    await expect(invitations.getByRole('row').filter({ hasText: email })).toContainText('Pending');
    await snap(page, 'invite-02-sent');
  });

  const mail = await test.step('the invitation arrives by e-mail', () =>
    waitForMail(email, /invited to join Demo VET School/));
  const link = linkIn(mail.text, '/accept-invitation');

  // The invitee opens the link on their own device.
  const invitee = await (await browser.newContext()).newPage();
  await test.step('the invitee accepts with a name and a password', async () => {
    await invitee.goto(link);
    await expect(invitee.getByRole('heading', { level: 1, name: 'Invitation to Campus' })).toBeVisible();
    await expect(invitee.getByText('You are invited to join Demo VET School as a learner.')).toBeVisible();
    await snap(invitee, 'invite-03-accept', { phone: true });
    await invitee.getByLabel('Full name').fill(name);
    await invitee.getByLabel('New password').fill(password);
    await invitee.getByLabel('Repeat the password').fill(password);
    await invitee.getByRole('button', { name: 'Accept and create my account' }).click();
    await expect(invitee.getByRole('heading', { level: 1, name: `Welcome, ${name}` })).toBeVisible();
    await expect(invitee.getByRole('status').filter({ hasText: 'You joined Demo VET School' })).toBeVisible();
    await snap(invitee, 'invite-04-welcome');
  });

  await test.step('signs out and signs in again, and sees the organisation', async () => {
    await signOut(invitee, name);
    await signIn(invitee, email, password);
    const orgs = invitee.getByRole('region', { name: 'Your organisations' });
    await expect(orgs.getByRole('heading', { name: 'Demo VET School' })).toBeVisible();
    await expect(orgs).toContainText('Learner');
    await snap(invitee, 'invite-05-signed-in-again', { phone: true });
  });

  await test.step('the manager sees the new member', async () => {
    await page.reload();
    await expect(
      page
        .getByRole('table', { name: /members of Demo VET School/ })
        .getByRole('row')
        .filter({ hasText: email }),
    ).toContainText(name);
    await expect(
      page.getByRole('region', { name: 'Invitations' }).getByRole('row').filter({ hasText: email }),
    ).toContainText('Accepted');
  });
});
