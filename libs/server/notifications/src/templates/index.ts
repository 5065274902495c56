import type { EmailTemplate, Locale } from '@campus/contracts';
import { de } from './de';
import { el } from './el';
import { en } from './en';
import { es } from './es';
import { fi } from './fi';
import { it } from './it';
import { pt } from './pt';
import { sv } from './sv';

export interface TemplateParams {
  'verify-email': { name: string; link: string; expiresInHours: number };
  'password-reset': { name: string; link: string; expiresInMinutes: number };
  invitation: {
    organisationName: string;
    inviterName: string;
    role: string;
    link: string;
    expiresInDays: number;
  };
  'password-changed': { name: string };
  'account-exists': { name: string; signInLink: string; resetLink: string };
  'password-reset-no-account': { registerLink: string };
  'course-enrolled': { name: string; courseTitle: string; organisationName: string; link: string };
  'attempt-graded': { name: string; quizTitle: string; courseTitle: string; link: string };
  'certificate-issued': { name: string; courseTitle: string; link: string; verifyLink: string };
  'certificate-export-ready': { name: string; count: number; link: string; days: number };
  /** Dates are plain `YYYY-MM-DD`. */
  'mentor-link': {
    mentorName: string;
    participantName: string;
    sendingOrganisation: string;
    hostName: string;
    startDate: string;
    endDate: string;
    link: string;
    expiresOn: string;
  };
  'mentor-digest': { mentorName: string; participantName: string; pendingCount: number; link: string };
  'logbook-reminder': { name: string; date: string; link: string };
  'agreement-pending': { name: string; participantName: string; startDate: string; link: string };
  'mobility-credential-issued': { name: string; hostName: string; link: string; verifyLink: string };
  /** A personal single-use link to answer a self-assessment round; `closesOn` a plain date. */
  'assessment-invitation': {
    organisationName: string;
    roundTitle: string;
    link: string;
    closesOn: string | null;
  };
  /** To the owner of a roadmap action that falls due; `dueOn` a plain date. */
  'roadmap-action-due': {
    name: string;
    actionTitle: string;
    objectiveTitle: string;
    roadmapTitle: string;
    dueOn: string;
    link: string;
  };
}

/**
 * Parameters that carry a single-use token (a link that signs someone in, resets a password or joins
 * an organisation). They stay in `email_messages.params` only until the mail is sent or has failed
 * for good; then `scrubSecrets` replaces them, so a database reader finds no usable link.
 */
const SECRET_PARAMS: { readonly [T in EmailTemplate]?: readonly (keyof TemplateParams[T])[] } = {
  'verify-email': ['link'],
  'password-reset': ['link'],
  invitation: ['link'],
  // A mentor link opens the mentor's pages without an account.
  'mentor-link': ['link'],
  'mentor-digest': ['link'],
  // Answers a self-assessment round once, anonymously.
  'assessment-invitation': ['link'],
};

export const SCRUBBED = '[removed after sending]';

/** Whether this template's parameters carry a single-use token. */
export function hasSecrets(template: EmailTemplate): boolean {
  return Object.hasOwn(SECRET_PARAMS, template);
}

/** The parameters with every single-use link replaced by a marker. */
export function scrubSecrets<T extends EmailTemplate>(
  template: T,
  params: TemplateParams[T],
): TemplateParams[T] {
  const keys = (SECRET_PARAMS[template] ?? []) as readonly string[];
  const copy: Record<string, unknown> = { ...(params as Record<string, unknown>) };
  for (const key of keys) if (key in copy) copy[key] = SCRUBBED;
  return copy as TemplateParams[T];
}

export interface RenderedEmail {
  subject: string;
  /** Paragraphs; a line that is exactly a URL becomes a button in the HTML part. */
  paragraphs: string[];
}

export type TemplateSet = { [T in EmailTemplate]: (p: TemplateParams[T]) => RenderedEmail };

/** One set per UI language (the type makes a new locale in `LOCALES` need its templates). */
const byLocale: Readonly<Record<Locale, TemplateSet>> = { en, it, fi, pt, el, de, es, sv };

/** An unknown locale (or none) gets English. */
function knownLocale(locale: string): Locale {
  return Object.hasOwn(byLocale, locale) ? (locale as Locale) : 'en';
}

export function renderEmail<T extends EmailTemplate>(
  template: T,
  locale: string,
  params: TemplateParams[T],
): { subject: string; text: string; html: string } {
  const lang = knownLocale(locale);
  const set = byLocale[lang];
  const { subject, paragraphs } = (set[template] as (p: TemplateParams[T]) => RenderedEmail)(params);
  const text = `${paragraphs.join('\n\n')}\n\n-- \nCampus\n`;
  const htmlBody = paragraphs
    .map((p) =>
      /^https?:\/\/\S+$/.test(p)
        ? `<p><a href="${escapeHtml(p)}" style="display:inline-block;padding:10px 16px;background:#1d4ed8;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(p)}</a></p>`
        : `<p>${escapeHtml(p)}</p>`,
    )
    .join('\n');
  const html = `<!doctype html><html lang="${lang}"><body style="font-family:sans-serif;line-height:1.5">${htmlBody}<p style="color:#666">Campus</p></body></html>`;
  return { subject, text, html };
}

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}
