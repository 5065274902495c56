import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '@campus/contracts';
import enAdmin from './locales/en/admin.json';
import enAuth from './locales/en/auth.json';
import enAuthoring from './locales/en/authoring.json';
import enCertificates from './locales/en/certificates.json';
import enAgreements from './locales/en/agreements.json';
import enCommon from './locales/en/common.json';
import enCourses from './locales/en/courses.json';
import enEnrolments from './locales/en/enrolments.json';
import enPeople from './locales/en/people.json';
import enProfile from './locales/en/profile.json';
import enQuizzes from './locales/en/quizzes.json';
import enMobilityReports from './locales/en/mobility-reports.json';
import enRoadmaps from './locales/en/roadmaps.json';
import enResults from './locales/en/results.json';
import enLogbook from './locales/en/logbook.json';
import enMobilities from './locales/en/mobilities.json';
import enMentor from './locales/en/mentor.json';
import enLibrary from './locales/en/library.json';
import enRounds from './locales/en/rounds.json';
import enFrameworks from './locales/en/frameworks.json';

/**
 * Translations live in `locales/<language>/<namespace>.json`. English is bundled (it is the
 * fallback); every other language is fetched on demand by the backend below, so adding
 * `locales/it/*.json` is all a new translation takes. Missing keys fall back to English.
 */
export const NAMESPACES = [
  'common',
  'auth',
  'profile',
  'people',
  'admin',
  'courses',
  'enrolments',
  'authoring',
  'quizzes',
  'certificates',
  'agreements',
  'mobility-reports',
  'roadmaps',
  'results',
  'logbook',
  'mobilities',
  'mentor',
  'library',
  'rounds',
  'frameworks',
] as const;
export type Namespace = (typeof NAMESPACES)[number];
export const FALLBACK_LOCALE: Locale = 'en';

export const resources = {
  en: {
    common: enCommon,
    auth: enAuth,
    profile: enProfile,
    people: enPeople,
    admin: enAdmin,
    courses: enCourses,
    enrolments: enEnrolments,
    authoring: enAuthoring,
    quizzes: enQuizzes,
    certificates: enCertificates,
    agreements: enAgreements,
    'mobility-reports': enMobilityReports,
    roadmaps: enRoadmaps,
    results: enResults,
    logbook: enLogbook,
    mobilities: enMobilities,
    mentor: enMentor,
    library: enLibrary,
    rounds: enRounds,
    frameworks: enFrameworks,
  },
} as const;

const STORAGE_KEY = 'campus.locale';

const lazyBundles: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    // A language without that file yet rejects; i18next then falls back to English.
    Promise.resolve()
      .then(() => import(`./locales/${language}/${namespace}.json`))
      .then(
        (m: { default: Record<string, unknown> }) => callback(null, m.default),
        (err: unknown) => callback(err instanceof Error ? err : new Error(String(err)), null),
      );
  },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Before anyone signs in: the last choice on this device, else the browser's languages. */
function initialLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // storage blocked: fall through
  }
  const preferred = typeof navigator !== 'undefined' ? (navigator.languages ?? [navigator.language]) : [];
  for (const tag of preferred) {
    const base = tag?.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return FALLBACK_LOCALE;
}

/** Switches the UI language and remembers it on this device (a preference, not a secret). */
export async function setLocale(locale: Locale): Promise<void> {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // storage blocked: the choice lasts for this visit
  }
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

/** `<html lang>` names the language the text is really in (English while a translation is missing). */
function syncDocumentLanguage(): void {
  if (typeof document === 'undefined') return;
  const lang = i18n.resolvedLanguage ?? FALLBACK_LOCALE;
  document.documentElement.lang = lang;
  document.documentElement.dir = i18n.dir(lang);
}

i18n.on('languageChanged', syncDocumentLanguage);
i18n.on('loaded', syncDocumentLanguage);

void i18n
  .use(lazyBundles)
  .use(initReactI18next)
  .init({
    resources,
    partialBundledLanguages: true,
    lng: initialLocale(),
    fallbackLng: FALLBACK_LOCALE,
    supportedLngs: [...LOCALES],
    nonExplicitSupportedLngs: false,
    load: 'languageOnly',
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    // English is bundled, so the first render already has its texts.
    initAsync: false,
    react: { useSuspense: false },
  });

export default i18n;
