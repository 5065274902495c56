import type { OpenBadgeCredential } from '@campus/server-credentials';
import { mobilityFactsOf } from './mobility-credential';
import { mobilityRecordTexts } from './mobility-pdf-labels';
import { renderMobilityRecordPdf } from './mobility-record-pdf';

export interface MobilityRecordSource {
  credential: OpenBadgeCredential;
  jwt: string;
  code: string;
  locale: string;
  issuedAt: Date;
  /** The sending organisation's city (the credential carries its name and country). */
  sendingCity: string | null;
  verifyUrl: string;
}

/** English dates the European way (1 March 2027) and European Portuguese, as the web app writes them. */
const REGIONAL: Record<string, string> = { en: 'en-GB', pt: 'pt-PT' };

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string): Intl.DateTimeFormat {
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(REGIONAL[locale] ?? locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, f);
  }
  return f;
}

/**
 * The mobility record's PDF, from the signed credential alone (so it says exactly what the
 * credential says), in the holder's language.
 */
export function renderMobilityRecord(src: MobilityRecordSource): Promise<Buffer> {
  const labels = mobilityRecordTexts(src.locale);
  const facts = mobilityFactsOf(src.credential);
  const date = dateFormat(src.locale);
  const day = (d: string | null) => (d ? date.format(new Date(`${d}T00:00:00Z`)) : '');
  const country = new Intl.DisplayNames([src.locale], { type: 'region', fallback: 'code' });
  const { credential } = src;
  const subject = credential.credentialSubject;
  const issuer = credential.issuer;
  return renderMobilityRecordPdf({
    language: src.locale,
    labels,
    holderName: subject.name,
    sending: {
      name: issuer.name,
      country: country.of(issuer.address.addressCountryCode) ?? issuer.address.addressCountryCode,
      city: src.sendingCity,
    },
    host: {
      name: facts.host.name,
      address: facts.host.address,
      city: facts.host.city,
      country: facts.host.country ? (country.of(facts.host.country) ?? facts.host.country) : '',
      website: facts.host.website,
    },
    activityName: facts.activityType ? labels.activityTypes[facts.activityType] : subject.achievement.name,
    dates: `${day(facts.startDate)} – ${day(facts.endDate)}`,
    durationDays: facts.durationDays,
    hours: new Intl.NumberFormat(src.locale, { maximumFractionDigits: 2 }).format(facts.hours),
    objectives:
      subject.achievement.description === subject.achievement.name ? '' : subject.achievement.description,
    outcomes: facts.outcomes.map((o) => ({ statement: o.statement, rating: labels.ratings[o.rating] })),
    statement: facts.statement,
    mentor: facts.mentor,
    verifyUrl: src.verifyUrl,
    verificationCode: src.code,
    credentialJwt: src.jwt,
    issuedAt: src.issuedAt,
    issuedText: labels.issued.replace('{date}', date.format(src.issuedAt)).replace('{issuer}', issuer.name),
  });
}
