import { EMAIL_TEMPLATES, LOCALES, ROLES, type EmailTemplate } from '@campus/contracts';
import { renderEmail, type TemplateParams } from './index';

const LINK = 'https://campus.example.eu/verify-email?token=abc123_XYZ-456';
const SIGN_IN = 'https://campus.example.eu/sign-in?email=ana%40school.eu';
const RESET = 'https://campus.example.eu/forgot-password?token=r3set';

const SAMPLE: { [T in EmailTemplate]: TemplateParams[T] } = {
  'verify-email': { name: 'Ana Lopes', link: LINK, expiresInHours: 24 },
  'password-reset': { name: 'Ana Lopes', link: LINK, expiresInMinutes: 60 },
  invitation: {
    organisationName: 'Demo VET School',
    inviterName: 'Marco Rossi',
    role: 'trainer',
    link: LINK,
    expiresInDays: 7,
  },
  'password-changed': { name: 'Ana Lopes' },
  'account-exists': { name: 'Ana Lopes', signInLink: SIGN_IN, resetLink: RESET },
  'password-reset-no-account': { registerLink: 'https://campus.example.eu/register' },
  'course-enrolled': {
    name: 'Ana Lopes',
    courseTitle: 'Setting up an International Office',
    organisationName: 'Demo VET School',
    link: 'https://campus.example.eu/courses/setting-up-an-international-office',
  },
  'attempt-graded': {
    name: 'Ana Lopes',
    quizTitle: 'Check your knowledge',
    courseTitle: 'Setting up an International Office',
    link: 'https://campus.example.eu/learn/c1/l1',
  },
  'certificate-issued': {
    name: 'Ana Lopes',
    courseTitle: 'Setting up an International Office',
    link: 'https://campus.example.eu/my-certificates',
    verifyLink: 'https://campus.example.eu/verify/K7Q2-ABCD-EFGH-JKMN-PQRS',
  },
  'certificate-export-ready': {
    name: 'Ana Lopes',
    count: 1250,
    link: 'https://campus.example.eu/orgs/o1/certificates?export=e1',
    days: 7,
  },
  'mentor-link': {
    mentorName: 'Aino Virtanen',
    participantName: 'Ana Lopes',
    sendingOrganisation: 'Demo VET School',
    hostName: 'Tampere Vocational College',
    startDate: '2027-03-01',
    endDate: '2027-03-12',
    link: 'https://campus.example.eu/mentor#token=m3nt0r',
    expiresOn: '2027-04-11',
  },
  'mentor-digest': {
    mentorName: 'Aino Virtanen',
    participantName: 'Ana Lopes',
    pendingCount: 3,
    link: 'https://campus.example.eu/mentor#token=d1gest',
  },
  'logbook-reminder': {
    name: 'Ana Lopes',
    date: '2027-03-03',
    link: 'https://campus.example.eu/my-mobilities/m1/logbook',
  },
  'agreement-pending': {
    name: 'Marco Rossi',
    participantName: 'Ana Lopes',
    startDate: '2027-03-01',
    link: 'https://campus.example.eu/orgs/o1/mobilities/m1',
  },
  'mobility-credential-issued': {
    name: 'Ana Lopes',
    hostName: 'Tampere Vocational College',
    link: 'https://campus.example.eu/my-certificates',
    verifyLink: 'https://campus.example.eu/verify/K7Q2-ABCD-EFGH-JKMN-PQRS',
  },
  'assessment-invitation': {
    organisationName: 'Istituto Tecnico Galilei',
    roundTitle: 'Self-assessment 2027',
    link: 'https://campus.example.eu/answer#token=abc',
    closesOn: '2027-04-30',
  },
  'roadmap-action-due': {
    name: 'Marco Rossi',
    actionTitle: 'Sign two new partnership agreements',
    objectiveTitle: 'More host schools for job shadowing',
    roadmapTitle: 'Erasmus Plan 2027-2030',
    dueOn: '2027-05-15',
    link: 'https://campus.example.eu/orgs/o1/roadmaps/r1',
  },
};

/** The URLs and names a template must carry through untouched. */
function mustContain(template: EmailTemplate): string[] {
  const p = SAMPLE[template] as unknown as Record<string, unknown>;
  return Object.values(p).filter((v): v is string => typeof v === 'string' && v !== 'trainer');
}

const render = <T extends EmailTemplate>(template: T, locale: string, params = SAMPLE[template]) =>
  renderEmail(template, locale, params);

describe('e-mail templates', () => {
  const cases = LOCALES.flatMap((locale) => EMAIL_TEMPLATES.map((template) => [locale, template] as const));

  it.each(cases)('%s renders %s with every parameter', (locale, template) => {
    const { subject, text, html } = render(template, locale);
    expect(subject.trim()).not.toBe('');
    expect(text.trim()).not.toBe('');
    expect(html).toContain(`<html lang="${locale}">`);
    for (const value of mustContain(template)) expect(text).toContain(value);
    for (const value of Object.values(SAMPLE[template])) {
      if (typeof value === 'number') expect(text).toContain(String(value));
    }
    // Every link becomes a button in the HTML part, unchanged.
    for (const url of [LINK, SIGN_IN, RESET].filter((u) => text.includes(u))) {
      expect(html).toContain(`<a href="${url}"`);
    }
    expect(text).not.toMatch(/undefined|\[object Object\]|\$\{/);
  });

  it.each(cases.filter(([locale]) => locale !== 'en'))('%s %s is translated', (locale, template) => {
    const english = render(template, 'en');
    const translated = render(template, locale);
    expect(translated.subject).not.toBe(english.subject);
    expect(translated.text).not.toBe(english.text);
    // No paragraph but the links and the bare name stays English.
    const englishParagraphs = new Set(english.text.split('\n\n'));
    const kept = translated.text
      .split('\n\n')
      .filter((p) => englishParagraphs.has(p) && !/^https?:\/\//.test(p) && !p.startsWith('-- '));
    expect(kept).toEqual([]);
  });

  it('keeps the English role key in English and names the role in each other language', () => {
    for (const role of ROLES) {
      expect(render('invitation', 'en', { ...SAMPLE.invitation, role }).text).toContain(`as a ${role}.`);
    }
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const names = ROLES.map((role) => render('invitation', locale, { ...SAMPLE.invitation, role }).text);
      expect(new Set(names).size).toBe(ROLES.length);
      for (const [i, text] of names.entries()) expect(text).not.toMatch(new RegExp(`\\b${ROLES[i]}\\b`));
    }
    // A role the template does not know is shown as it came.
    expect(render('invitation', 'de', { ...SAMPLE.invitation, role: 'observer' }).text).toContain('observer');
  });

  it.each(['xx', '', 'EN', 'pt-BR', 'constructor', '__proto__'])(
    'falls back to English for the unknown locale %j',
    (locale) => {
      for (const template of EMAIL_TEMPLATES) {
        const english = render(template, 'en');
        const fallback = render(template, locale);
        expect(fallback).toEqual(english);
        expect(fallback.html).toContain('<html lang="en">');
      }
    },
  );

  it.each(LOCALES)('escapes markup in names in the %s HTML part', (locale) => {
    const name = '<script>alert("x")</script> & Co';
    const { text, html } = render('password-changed', locale, { name });
    expect(text).toContain(name);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');

    const invite = render('invitation', locale, {
      ...SAMPLE.invitation,
      organisationName: '<img src=x onerror=alert(1)>',
      inviterName: '<b>Eve</b>',
    }).html;
    expect(invite).not.toMatch(/<img|<b>/);
    expect(invite).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
