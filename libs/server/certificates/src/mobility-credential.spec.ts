import { PDFDocument } from 'pdf-lib';
import { pdfAttachmentNames, pdfText } from '@campus/server-testing';
import {
  extractCredentialFromPdf,
  generateSigningKey,
  jwks,
  signCredential,
  summariseCredential,
  verifyCredentialJwt,
  type OpenBadgeCredential,
} from '@campus/server-credentials';
import {
  buildMobilityCredential,
  mobilityFactsOf,
  type MobilityCredentialInput,
} from './mobility-credential';
import { MOBILITY_RECORD_TEXTS, mobilityRecordTexts, mobilityTitle } from './mobility-pdf-labels';
import { renderMobilityRecord } from './mobility-record';

function input(overrides: Partial<MobilityCredentialInput> = {}): MobilityCredentialInput {
  const labels = mobilityRecordTexts('fi');
  const host = {
    name: 'Tampere Vocational College',
    country: 'FI',
    city: 'Tampere',
    address: 'Sammonkatu 12, 33540 Tampere',
    website: 'https://tampere-vocational-college.example',
  };
  return {
    certificateId: '0b7a6c1e-59a4-4a39-9a63-2f1f6f0d8c11',
    validFrom: new Date('2026-03-08T09:00:00Z'),
    achievementUrl: 'https://campus.example/verify/K7Q2-ABCD-EFGH-JKMN-PQRS',
    language: 'fi',
    issuer: {
      id: 'https://campus.example/api/issuers/5d1e8f7a',
      name: 'Istituto Aldini Valeriani',
      countryCode: 'IT',
    },
    holder: { id: '9e2f0c55-1a7b-4d4e-b0c3-8f6a2d9e1b47', name: 'Luca Bianchi' },
    activityType: 'SM-JOB-SHDW',
    name: mobilityTitle(labels, 'SM-JOB-SHDW', host),
    activityName: labels.activityTypes['SM-JOB-SHDW'],
    objectives: 'Oppia, miten suomalainen oppilaitos järjestää kansainvälisen liikkuvuuden.',
    host,
    period: { start: '2026-03-01', end: '2026-03-05' },
    durationDays: 5,
    hours: 31.5,
    outcomes: [
      { statement: 'Kuvailee, miten oppilaitos suunnittelee liikkuvuudet.', rating: 'achieved' },
      { statement: 'Laatii oppimissopimuksen yhdessä yrityksen kanssa.', rating: 'partly' },
      { statement: 'Vastaa vierailevan ryhmän vastaanotosta.', rating: 'not_achieved' },
    ],
    ratingNames: labels.ratings,
    mentor: {
      name: 'Mikko Laine',
      role: 'Kansainvälisten asioiden koordinaattori',
      statement: 'Luca osallistui aktiivisesti tiimin työhön ja oppi suunnittelemaan liikkuvuuksia.',
      heading: labels.statement,
    },
    statusListUrl: 'https://campus.example/api/credentials/status/1',
    statusIndex: 42,
    ...overrides,
  };
}

describe('mobility credential', () => {
  it('states the mobility in native Open Badges 3.0 properties and reads the same facts back', () => {
    const credential = buildMobilityCredential(input());
    const subject = credential.credentialSubject;
    expect(subject.achievement.achievementType).toBe('ext:JobShadowing');
    expect(subject.achievement.name).toBe(
      'Job shadowing (työhön tutustuminen) — Tampere Vocational College, Tampere',
    );
    expect(subject.achievement.alignment).toEqual([
      expect.objectContaining({ targetCode: 'SM-JOB-SHDW', targetType: 'ext:ErasmusPlusActivityType' }),
    ]);
    expect(subject.activityStartDate).toBe('2026-03-01T00:00:00Z');
    expect(subject.creditsEarned).toBe(31.5);
    expect(subject.source).toMatchObject({ type: ['Profile'], name: 'Tampere Vocational College' });
    expect(credential.issuer.name).toBe('Istituto Aldini Valeriani');

    expect(mobilityFactsOf(credential)).toEqual({
      activityType: 'SM-JOB-SHDW',
      host: {
        name: 'Tampere Vocational College',
        country: 'FI',
        city: 'Tampere',
        address: 'Sammonkatu 12, 33540 Tampere',
        website: 'https://tampere-vocational-college.example',
      },
      startDate: '2026-03-01',
      endDate: '2026-03-05',
      durationDays: 5,
      hours: 31.5,
      // The outcome the mentor did not see achieved is not certified.
      outcomes: [
        { statement: 'Kuvailee, miten oppilaitos suunnittelee liikkuvuudet.', rating: 'achieved' },
        { statement: 'Laatii oppimissopimuksen yhdessä yrityksen kanssa.', rating: 'partly' },
      ],
      mentor: { name: 'Mikko Laine', role: 'Kansainvälisten asioiden koordinaattori' },
      statement: 'Luca osallistui aktiivisesti tiimin työhön ja oppi suunnittelemaan liikkuvuuksia.',
    });
    // Readers that know only the course shape still find the certified outcomes.
    expect(summariseCredential(credential as unknown as OpenBadgeCredential).learningOutcomes).toHaveLength(
      2,
    );
  });

  it('is deterministic for one input, so a re-run signs the same bytes', () => {
    expect(JSON.stringify(buildMobilityCredential(input()))).toBe(
      JSON.stringify(buildMobilityCredential(input())),
    );
  });

  it('has every label in the eight languages', () => {
    const en = MOBILITY_RECORD_TEXTS['en'];
    for (const lang of ['en', 'it', 'fi', 'pt', 'el', 'de', 'es', 'sv']) {
      const texts = MOBILITY_RECORD_TEXTS[lang];
      expect(Object.keys(texts).sort()).toEqual(Object.keys(en).sort());
      expect(Object.keys(texts.activityTypes).sort()).toEqual(Object.keys(en.activityTypes).sort());
      for (const value of Object.values(texts))
        if (typeof value === 'string') expect(value.trim()).not.toBe('');
      if (lang !== 'en') expect(texts.skills).not.toBe(en.skills);
    }
  });

  it('renders a Europass-like record in the holder’s language, Greek included, with the credential attached', async () => {
    const key = await generateSigningKey();
    const labels = mobilityRecordTexts('el');
    const credential = buildMobilityCredential(
      input({
        language: 'el',
        holder: { id: '9e2f0c55-1a7b-4d4e-b0c3-8f6a2d9e1b47', name: 'Ελένη Παπαδοπούλου' },
        ratingNames: labels.ratings,
        mentor: { ...input().mentor, heading: labels.statement },
      }),
    );
    const jwt = await signCredential(credential, key);
    const pdf = await renderMobilityRecord({
      credential: credential as unknown as OpenBadgeCredential,
      jwt,
      code: 'K7Q2-ABCD-EFGH-JKMN-PQRS',
      locale: 'el',
      issuedAt: new Date('2026-03-08T09:00:00Z'),
      sendingCity: 'Bologna',
      verifyUrl: 'https://campus.example/verify/K7Q2-ABCD-EFGH-JKMN-PQRS',
    });
    const doc = await PDFDocument.load(pdf);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    const text = await pdfText(pdf);
    for (const expected of [
      'Βεβαίωση κινητικότητας',
      'Ελένη Παπαδοπούλου',
      '5α. Δεξιότητες και ικανότητες που αποκτήθηκαν',
      'Istituto Aldini Valeriani',
      'Tampere Vocational College',
      'Φινλανδία',
      'Kuvailee, miten oppilaitos suunnittelee liikkuvuudet.',
      'Επιτεύχθηκε',
      'Επιτεύχθηκε εν μέρει',
      'Mikko Laine',
      'Δήλωση του μέντορα',
      '5 ημέρες',
      '31,5',
      'K7Q2-ABCD-EFGH-JKMN-PQRS',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Vastaa vierailevan ryhmän vastaanotosta.');
    expect(await pdfAttachmentNames(pdf)).toEqual(['credential.jwt']);
    const attached = (await extractCredentialFromPdf(pdf))!;
    const verified = await verifyCredentialJwt(attached, jwks([key.publicJwk]));
    expect(verified.ok).toBe(true);
  });

  it('flows a long statement onto a second page and keeps the verification block whole', async () => {
    const key = await generateSigningKey();
    const long = Array.from(
      { length: 60 },
      (_, i) => `Sentence ${i + 1} of what the participant learned abroad.`,
    ).join(' ');
    const credential = buildMobilityCredential(input({ mentor: { ...input().mentor, statement: long } }));
    const pdf = await renderMobilityRecord({
      credential: credential as unknown as OpenBadgeCredential,
      jwt: await signCredential(credential, key),
      code: 'K7Q2-ABCD-EFGH-JKMN-PQRS',
      locale: 'en',
      issuedAt: new Date('2026-03-08T09:00:00Z'),
      sendingCity: null,
      verifyUrl: 'https://campus.example/verify/K7Q2-ABCD-EFGH-JKMN-PQRS',
    });
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(2);
    const text = await pdfText(pdf);
    expect(text).toContain('Sentence 60 of what');
    expect(text).toContain('K7Q2-ABCD-EFGH-JKMN-PQRS');
  });
});
