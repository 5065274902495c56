import AxeBuilder from '@axe-core/playwright';
import { expect, request as playwrightRequest, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { LoginResponse, MyCertificate } from '@campus/contracts';
import { BASE_URL, DEMO_PASSWORD, SCREENSHOT_DIR } from './settings';

/** A fresh address per test, so tests never meet each other's people. */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}@e2e.campus`;
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome, / })).toBeVisible();
}

/** Through the user menu, whose button shows the person's name. */
export async function signOut(page: Page, name: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'You are signed out.' })).toBeVisible();
}

/** Desktop screenshot, and optionally one at phone width too (the viewport is restored after). */
export async function snap(page: Page, name: string, options: { phone?: boolean } = {}): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  if (options.phone) {
    const size = page.viewportSize();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.phone.png`), fullPage: true });
    if (size) await page.setViewportSize(size);
  }
}

/** Fails on serious or critical WCAG 2.x A/AA violations, listing each with its elements. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = blocking.map(
    (v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(report, `accessibility violations on ${what}`).toEqual([]);
}

interface CapturedMail {
  id: string;
  to: string[];
  subject: string;
  text: string;
}

/**
 * Reads the mail the demo SMTP sink caught, through the admin API (as admin@demo.campus),
 * polling until the expected message arrives.
 */
export async function waitForMail(to: string, subject: RegExp, timeoutMs = 30_000): Promise<CapturedMail> {
  const api = await playwrightRequest.newContext({ baseURL: BASE_URL });
  try {
    const login = await api.post('/api/auth/login', {
      data: { email: 'admin@demo.campus', password: DEMO_PASSWORD },
    });
    expect(login.status(), await login.text()).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const res = await api.get('/api/admin/captured-emails?pageSize=100', {
        headers: { Authorization: `Bearer ${accessToken}` },
      });
      expect(res.status(), await res.text()).toBe(200);
      const { items } = (await res.json()) as { items: CapturedMail[] };
      const mail = items.find(
        (m) => m.to.some((a) => a.toLowerCase() === to.toLowerCase()) && subject.test(m.subject),
      );
      if (mail) return mail;
      if (Date.now() > deadline)
        throw new Error(
          `No mail to ${to} matching ${subject} within ${timeoutMs} ms; captured: ${items.map((m) => `${m.to.join(', ')} "${m.subject}"`).join('; ')}`,
        );
      await new Promise((r) => setTimeout(r, 300));
    }
  } finally {
    await api.dispose();
  }
}

/** The first link in a mail's text whose path starts with `path`. */
export function linkIn(text: string, path: string): string {
  const link = text.match(/https?:\/\/\S+/g)?.find((u) => new URL(u).pathname === path);
  if (!link) throw new Error(`No ${path} link in:\n${text}`);
  return link;
}

export const GRADUATE = 'graduate@demo.campus';

/**
 * The demo graduate's valid certificate: the worker issues it shortly after start, so this waits
 * for it through the API.
 */
export async function waitForGraduateCertificate(timeoutMs = 60_000): Promise<MyCertificate> {
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
      // The demo graduate also holds a mobility credential: wait for both, return the course's.
      const valid = ((await res.json()) as MyCertificate[]).filter((c) => !c.revokedAt);
      const course = valid.find((c) => !c.mobility);
      if (course && valid.some((c) => c.mobility)) return course;
      if (Date.now() > deadline) throw new Error(`No certificate for ${GRADUATE} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await api.dispose();
  }
}

/** A phone's screen (390 × 844 CSS pixels, as most current phones), with touch, for a new context. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

/** Someone's session on the API, for steps that only set the scene of a browser test. */
export interface ApiSession {
  user: LoginResponse['user'];
  call<T = unknown>(method: 'get' | 'post' | 'put' | 'patch', path: string, data?: unknown): Promise<T>;
  dispose(): Promise<void>;
}

/** Signs in through the API; every call must answer 2xx (the failure names the route and the answer). */
export async function apiSession(email: string, password = DEMO_PASSWORD): Promise<ApiSession> {
  const api = await playwrightRequest.newContext({ baseURL: BASE_URL });
  const login = await api.post('/api/auth/login', { data: { email, password } });
  expect(login.status(), await login.text()).toBe(200);
  const { accessToken, user } = (await login.json()) as LoginResponse;
  return {
    user,
    async call<T>(method: 'get' | 'post' | 'put' | 'patch', path: string, data?: unknown) {
      const res = await api.fetch(path, {
        method: method.toUpperCase(),
        headers: { Authorization: `Bearer ${accessToken}` },
        data,
      });
      const text = await res.text();
      expect(res.status(), `${method.toUpperCase()} ${path}: ${text}`).toBeLessThan(300);
      return (text ? JSON.parse(text) : undefined) as T;
    },
    dispose: () => api.dispose(),
  };
}
