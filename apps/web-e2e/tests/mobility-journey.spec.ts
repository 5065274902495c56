import { expect, request as playwrightRequest, test, type Locator, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import type { LearningAgreementContent, LoginResponse, LogbookView, MobilityView } from '@campus/contracts';
import {
  apiSession,
  expectAccessible,
  linkIn,
  PHONE,
  signIn,
  snap,
  uniqueEmail,
  waitForMail,
} from '../src/helpers';
import { BASE_URL } from '../src/settings';

const MANAGER = 'manager@demo.campus';
const PARTICIPANT_PASSWORD = 'a long enough participant password';
const OUTCOMES = [
  'Plans a learner mobility with a host company, from selection to recognition',
  'Explains the Finnish model of work-based learning to colleagues at home',
];
/**
 * The first three days of the logbook (`day` counts from the mobility's first day); the third is
 * written while the phone is offline.
 */
const DAYS = [
  {
    day: 0,
    hours: '7',
    activities: 'Shadowed the international coordinator while she welcomed two incoming learners.',
    outcomes: [OUTCOMES[0]],
    reflection: 'A welcome checklist shared with the host company would save us a day.',
  },
  {
    day: 1,
    hours: '6.5',
    activities: 'Visited two host companies with the workplace instructor.',
    outcomes: [OUTCOMES[1]],
    reflection: 'Instructors here are trained for the role; ours are not.',
  },
  {
    day: 2,
    hours: '5.5',
    activities: 'Presented our school to the team of vocational teachers.',
    outcomes: OUTCOMES,
    reflection: '',
  },
];
const STATEMENT =
  'Osaa suunnitella opiskelijan liikkuvuusjakson yhdessä vastaanottavan yrityksen kanssa ja esitellä suomalaista työpaikalla tapahtuvaa oppimista.';

/** `YYYY-MM-DD`, `days` after `from` (a date, or today in UTC). */
function isoDay(days: number, from = new Date().toISOString().slice(0, 10)): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A logbook day's region is named by its date in words ("Monday 1 March 2027", en-GB). */
function dayName(date: string): RegExp {
  const d = new Date(`${date}T00:00:00Z`);
  const month = d.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return new RegExp(`${d.getUTCDate()} ${month} ${d.getUTCFullYear()}$`);
}

interface Scene {
  orgId: string;
  mobilityId: string;
  startDate: string;
  participant: { name: string; email: string };
  mentor: { name: string; email: string };
  host: string;
}

/**
 * A new member of Demo VET School (invited, accepting through the mailed link) with a job-shadowing
 * mobility from three days ago to the day after tomorrow, and a learning agreement the participant
 * and the manager have confirmed: only the host mentor's confirmation is missing (API).
 */
async function setUpMobility(): Promise<Scene> {
  const suffix = Date.now().toString(36);
  const participant = { name: `Giulia Conti ${suffix}`, email: uniqueEmail('mobility') };
  const mentor = { name: `Aino Virtanen ${suffix}`, email: uniqueEmail('mentor') };
  const host = `Koivula Vocational College ${suffix}`;
  const manager = await apiSession(MANAGER);
  try {
    const orgId = manager.user.memberships.find((m) => m.role === 'manager')?.organisationId ?? '';
    await manager.call('post', `/api/orgs/${orgId}/invitations`, {
      email: participant.email,
      role: 'learner',
      name: participant.name,
    });
    const invitation = await waitForMail(participant.email, /invited to join Demo VET School/);
    const token = new URL(linkIn(invitation.text, '/accept-invitation')).searchParams.get('token');
    // Accepted without anyone's session, as the invitee does on their own device.
    const invitee = await playwrightRequest.newContext({ baseURL: BASE_URL });
    const accept = await invitee.post('/api/invitations/accept', {
      data: { token, name: participant.name, password: PARTICIPANT_PASSWORD },
    });
    expect(accept.status(), await accept.text()).toBe(200);
    const accepted = (await accept.json()) as LoginResponse;
    await invitee.dispose();

    const mobility = await manager.call<MobilityView>('post', `/api/orgs/${orgId}/mobilities`, {
      participantId: accepted.user.id,
      activityType: 'SM-JOB-SHDW',
      projectNumber: '2026-1-IT01-KA121-VET-000123456',
      mobilityId: `E2E-JOURNEY-${suffix}`,
      host: {
        name: host,
        country: 'FI',
        city: 'Lahti',
        address: 'Opintie 4, 15110 Lahti',
        website: 'https://koivula.example.fi',
      },
      mentor: { ...mentor, role: 'International coordinator', language: 'fi' },
      startDate: isoDay(-3),
      endDate: isoDay(2),
      travelDaysBefore: 1,
      travelDaysAfter: 1,
      transport: 'train',
      greenTravel: true,
      distanceBand: '2000-2999',
    });
    const content: LearningAgreementContent = {
      objectives: 'See how a Finnish VET college runs work-based learning and learner mobility.',
      outcomes: OUTCOMES.map((statement) => ({ id: randomUUID(), statement, category: 'skills' })),
      tasks: 'Shadow the international coordinator; visit host companies; present our school.',
      languages: ['en', 'fi'],
      mentoring: 'A daily talk with the mentor at the end of the day.',
      recognition: 'Recorded in the staff development plan; shared at the teachers’ council.',
    };
    const agreement = `/api/orgs/${orgId}/mobilities/${mobility.id}/agreement`;
    await manager.call('put', agreement, { content, basedOnVersion: null });
    await manager.call('post', `${agreement}/confirm`, { version: 1 });
    const own = await apiSession(participant.email, PARTICIPANT_PASSWORD);
    try {
      await own.call('post', `/api/me/mobilities/${mobility.id}/agreement/confirm`, { version: 1 });
    } finally {
      await own.dispose();
    }
    return { orgId, mobilityId: mobility.id, startDate: mobility.startDate, participant, mentor, host };
  } finally {
    await manager.dispose();
  }
}

/** Moves the mobility on from the manager's record page, as the status buttons say. */
async function moveStatus(page: Page, button: string, status: string): Promise<void> {
  const card = page.getByRole('region', { name: 'Status' });
  await card.getByRole('button', { name: button, exact: true }).click();
  await expect(card.getByRole('status')).toHaveText(`Status changed to ${status}.`);
}

/** Writes one day's entry in the logbook's form and saves it (to the device first). */
async function writeEntry(day: Locator, entry: (typeof DAYS)[number]): Promise<void> {
  await day.getByRole('button', { name: 'Write entry' }).click();
  await day.getByRole('textbox', { name: /^Hours/ }).fill(entry.hours);
  await day.getByRole('textbox', { name: /^What did you do\?/ }).fill(entry.activities);
  for (const outcome of entry.outcomes) await day.getByRole('checkbox', { name: outcome }).check();
  if (entry.reflection) await day.getByRole('textbox', { name: /^Reflection/ }).fill(entry.reflection);
  await day.getByRole('button', { name: 'Save entry' }).click();
}

test('a participant logs three days on a phone (one offline), the host mentor confirms and assesses in Finnish, the manager validates and the credential verifies', async ({
  page,
  browser,
}) => {
  // Three people, four browser contexts and the worker's credential: longer than one page's test.
  test.setTimeout(180_000);
  const scene =
    await test.step('a new member with a mobility around today and a half-confirmed agreement (API)', () =>
      setUpMobility());
  const record = `/orgs/${scene.orgId}/mobilities/${scene.mobilityId}`;

  await test.step('the manager opens the record page and sends the host mentor’s link', async () => {
    await signIn(page, MANAGER);
    await page.goto(record);
    await expect(
      page.getByRole('heading', { level: 1, name: new RegExp(scene.participant.name) }),
    ).toBeVisible();
    const links = page.getByRole('region', { name: 'Host mentor link' });
    await expect(links).toContainText(`at ${scene.mentor.email}, in Finnish`);
    await links.getByRole('button', { name: 'Send the link to the mentor' }).click();
    await expect(links.getByText(`A new link has been sent to ${scene.mentor.email}`)).toBeVisible();
    await expect(
      links.getByRole('table', { name: 'Links sent' }).getByText('Active', { exact: true }),
    ).toBeVisible();
    await snap(page, 'mobility-01-mentor-link-sent');
  });

  // The host mentor opens the e-mailed link on their phone: no account, Finnish pages.
  const mail = await test.step('the mentor’s e-mail arrives, in Finnish', () =>
    waitForMail(scene.mentor.email, /ohjaajan sivusi$/));
  expect(mail.text).toContain(`Hei ${scene.mentor.name},`);
  const mentorContext = await browser.newContext({ ...PHONE, baseURL: BASE_URL });
  const mentor = await mentorContext.newPage();
  const agreement = mentor.getByRole('region', { name: 'Oppimissopimus' });
  await test.step('the mentor opens the link: the page is in Finnish; confirms the learning agreement', async () => {
    await mentor.goto(linkIn(mail.text, '/mentor'));
    await expect(
      mentor.getByRole('heading', { level: 1, name: `Ohjaus: ${scene.participant.name}` }),
    ).toBeVisible();
    await expect(mentor.locator('html')).toHaveAttribute('lang', 'fi');
    // The token leaves the address bar as soon as the page has it.
    expect(new URL(mentor.url()).hash).toBe('');
    await expect(agreement).toContainText('Versio 1');
    await expect(agreement).toContainText(OUTCOMES[0]);
    await snap(mentor, 'mobility-02-mentor-agreement');
    await agreement.getByRole('button', { name: 'Vahvista', exact: true }).click();
    await expect(agreement.getByText(/^Vahvistit version 1 /)).toBeVisible();
    await expect(agreement).toContainText('kaikki kolme osapuolta ovat hyväksyneet');
  });

  await test.step('the mobility is agreed; the manager sets it in progress', async () => {
    await page.reload();
    await expect(page.getByRole('region', { name: "Host mentor's activity" })).toContainText(
      'Confirmed version 1 of the learning agreement',
    );
    await expect(page.getByRole('table', { name: 'Status changes, oldest first' })).toContainText(
      'Draft → Agreed',
    );
    await moveStatus(page, 'Mark as in progress', 'In progress');
  });

  const phoneContext = await browser.newContext({ ...PHONE, baseURL: BASE_URL });
  const phone = await phoneContext.newPage();
  const days = phone.getByRole('list', { name: 'Days of the mobility' });
  const dayOf = (entry: (typeof DAYS)[number]) =>
    days.getByRole('region', { name: dayName(isoDay(entry.day, scene.startDate)) });
  const banner = phone.getByRole('status').filter({ hasText: /entr(y|ies)|Offline/ });

  await test.step('the participant opens the logbook on a phone', async () => {
    await signIn(phone, scene.participant.email, PARTICIPANT_PASSWORD);
    await phone.goto(`/my-mobilities/${scene.mobilityId}`);
    await phone.getByRole('link', { name: 'Open the logbook' }).click();
    await expect(phone.getByRole('heading', { level: 1, name: 'Logbook' })).toBeVisible();
    // Six days from three days ago to the day after tomorrow, none written yet.
    await expect(days.getByRole('region')).toHaveCount(6);
    await expect(days.getByText('No entry yet', { exact: true })).toHaveCount(6);
  });

  await test.step('logs two days online: each is sent at once', async () => {
    for (const entry of DAYS.slice(0, 2)) {
      await writeEntry(dayOf(entry), entry);
      await expect(dayOf(entry).getByText('Sent, waiting for the mentor', { exact: true })).toBeVisible();
      await expect(dayOf(entry)).toContainText(entry.activities);
    }
    await snap(phone, 'mobility-03-logbook-two-days');
  });

  const third = DAYS[2];
  await test.step('logs the third day offline: it waits on the phone, and is sent once back online', async () => {
    await phoneContext.setOffline(true);
    await expect(banner).toHaveText(/^Offline — entries you save are kept on this device/);
    await writeEntry(dayOf(third), third);
    await expect(banner).toHaveText('Offline — 1 entry waiting to be sent');
    await expect(dayOf(third).getByText('Waiting to send', { exact: true })).toBeVisible();
    await expect(dayOf(third)).toContainText(third.activities);
    await expectAccessible(phone, 'the logbook, offline with an entry waiting');
    await snap(phone, 'mobility-04-logbook-offline');

    await phoneContext.setOffline(false);
    await expect(dayOf(third).getByText('Sent, waiting for the mentor', { exact: true })).toBeVisible();
    await expect(banner).toHaveCount(0);
  });

  await test.step('after a reload the logbook holds three entries, not four', async () => {
    await phone.reload();
    await expect(days.getByText('Sent, waiting for the mentor', { exact: true })).toHaveCount(3);
    await expect(days.getByText('No entry yet', { exact: true })).toHaveCount(3);
    // Days written, hours, confirmed.
    await expect(phone.locator('dl[aria-label="Totals"] dd')).toHaveText(['3', '19', '0']);
    const own = await apiSession(scene.participant.email, PARTICIPANT_PASSWORD);
    try {
      const logbook = await own.call<LogbookView>('get', `/api/me/mobilities/${scene.mobilityId}/logbook`);
      expect(logbook.entries.map((e) => e.activities)).toEqual(DAYS.map((d) => d.activities));
    } finally {
      await own.dispose();
    }
  });

  const mentorLogbook = mentor.getByRole('region', { name: 'Päiväkirja' });
  await test.step('the mentor confirms the three entries, in Finnish', async () => {
    await mentor.reload();
    await expect(mentorLogbook).toContainText(
      '3 päivää kirjattu, 19 tuntia, joista 0 päivää vahvistanut sinä.',
    );
    for (const entry of DAYS) {
      const item = mentorLogbook.getByRole('region').filter({ hasText: entry.activities });
      await expect(item.getByText('Odottaa sinua', { exact: true })).toBeVisible();
      await item.getByRole('button', { name: 'Vahvista', exact: true }).click();
      await expect(item.getByText('Vahvistettu', { exact: true })).toBeVisible();
    }
    await expect(mentorLogbook).toContainText('joista 3 päivää vahvistanut sinä.');
    await snap(mentor, 'mobility-05-mentor-logbook');
  });

  await test.step('the participant sees the confirmations; the manager marks the mobility completed', async () => {
    await phone.reload();
    await expect(days.getByText('Confirmed by the mentor', { exact: true })).toHaveCount(3);
    await page.reload();
    await moveStatus(page, 'Mark as completed', 'Completed');
  });

  const assessment = mentor.getByRole('region', { name: 'Loppuarviointi' });
  await test.step('the mentor assesses each planned outcome and writes the statement, in Finnish', async () => {
    await mentor.reload();
    await assessment
      .getByRole('group', { name: OUTCOMES[0] })
      .getByRole('radio', { name: 'Saavutettu', exact: true })
      .check();
    await assessment
      .getByRole('group', { name: OUTCOMES[1] })
      .getByRole('radio', { name: 'Osittain saavutettu', exact: true })
      .check();
    await assessment.getByRole('textbox', { name: /^Hankitut taidot ja osaaminen/ }).fill(STATEMENT);
    // Every section of the mentor's page is filled by now: overview, agreement, logbook, assessment form.
    await expectAccessible(mentor, 'the mentor’s page');
    await snap(mentor, 'mobility-06-mentor-assessment');
    await assessment.getByRole('button', { name: 'Lähetä arviointi' }).click();
    await expect(assessment.getByText('Kiitos: arviointisi on tallennettu.')).toBeVisible();
    await expect(assessment).toContainText(STATEMENT);
    await expect(assessment).toContainText('Osittain saavutettu');
  });

  const credential = page.getByRole('region', { name: 'Mobility credential' });
  const code =
    await test.step('the manager validates; the credential section shows the issued credential', async () => {
      await page.reload();
      await expect(page.getByRole('region', { name: "Host mentor's activity" })).toContainText(
        'Submitted the final assessment',
      );
      await moveStatus(page, 'Validate', 'Validated');
      // The worker issues the credential; the section asks again by itself until it is there.
      const codeText = credential.locator('code');
      await expect(codeText).toBeVisible({ timeout: 30_000 });
      await expect(credential.getByText('Valid', { exact: true })).toBeVisible();
      await snap(page, 'mobility-07-credential');
      return (await codeText.innerText()).trim();
    });

  await test.step('anyone opens the verification page: valid, with the host and the mentor’s assessment', async () => {
    const visitor = await browser.newContext({ baseURL: BASE_URL });
    try {
      const check = await visitor.newPage();
      await check.goto(`/verify/${encodeURIComponent(code)}`);
      await expect(check.getByRole('status').filter({ hasText: 'This certificate is valid' })).toBeVisible();
      const main = check.getByRole('main');
      await expect(main).toContainText(scene.host);
      await expect(main).toContainText(scene.participant.name);
      // The hours of the three entries, the offline one counted once.
      await expect(main).toContainText('19 hours');
      await expect(main).toContainText(OUTCOMES[1]);
      await expect(main).toContainText('Partly achieved');
      await expect(main).toContainText(STATEMENT);
      await expectAccessible(check, 'the mobility credential’s verification page');
      await snap(check, 'mobility-08-verified');
    } finally {
      await visitor.close();
    }
  });
  await Promise.all([mentorContext.close(), phoneContext.close()]);
});
