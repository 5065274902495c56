import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { notFound } from '@campus/contracts';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import {
  renderCertificatePdf,
  summariseCredential,
  type OpenBadgeCredential,
} from '@campus/server-credentials';
import { FILE_STORAGE, type FileStorage } from '@campus/server-storage';
import { certificateUrls } from './certificate-urls';
import { renderMobilityRecord } from './mobility-record';
import { pdfTexts } from './pdf-labels';

/** What a certificate's PDF shows: its row, with the course's facts and the mean score. */
export interface PdfRow {
  id: string;
  kind: 'course' | 'mobility';
  organisationCity: string | null;
  pdfKey: string | null;
  organisationId: string;
  code: string;
  jwt: string;
  credential: OpenBadgeCredential;
  locale: string;
  issuedAt: Date;
  eqfLevel: number | null;
  workloadHours: number;
  meanScore: number | null;
}

/** Intl formatters are slow to build compared with formatting: one pair per locale (a handful). */
const formats = new Map<string, { date: Intl.DateTimeFormat; number: Intl.NumberFormat }>();
function formatsFor(locale: string) {
  let f = formats.get(locale);
  if (!f) {
    f = {
      date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
      number: new Intl.NumberFormat(locale),
    };
    formats.set(locale, f);
  }
  return f;
}

/** Renders a certificate's PDF once (in the holder's language) and keeps it in file storage. */
@Injectable()
export class CertificatePdfService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /** Idempotent: a certificate that has its PDF keeps it. */
  async ensure(certificateId: string): Promise<string> {
    const row = await this.row(certificateId);
    if (row.pdfKey) return row.pdfKey;
    const key = await this.store(row);
    await this.ds.query(`UPDATE certificates SET pdf_key = $2 WHERE id = $1 AND pdf_key IS NULL`, [
      row.id,
      key,
    ]);
    return key;
  }

  /**
   * Renders and writes the PDF of `row` and returns its storage key, without touching the row: for
   * an issuer that writes the key with the certificate itself (and `discard`s it if that fails).
   */
  async store(row: PdfRow): Promise<string> {
    const pdf = row.kind === 'mobility' ? await this.renderMobility(row) : await this.render(row);
    const key = `orgs/${row.organisationId}/certificates/${row.id}.pdf`;
    await this.storage.write(key, Readable.from([pdf]));
    return key;
  }

  /** Removes a PDF `store` wrote for a certificate that was then not issued. */
  discard(key: string): Promise<void> {
    return this.storage.remove(key);
  }

  /** The stored PDF (rendered now if it is missing). A caller that already read `pdf_key` passes it. */
  async open(certificateId: string, pdfKey?: string | null): Promise<Readable> {
    return this.storage.read(pdfKey ?? (await this.ensure(certificateId)));
  }

  render(row: PdfRow): Promise<Buffer> {
    const texts = pdfTexts(row.locale);
    const summary = summariseCredential(row.credential);
    const date = formatsFor(row.locale).date.format(row.issuedAt);
    const details = [
      { label: texts.date, value: date },
      { label: texts.workload, value: texts.hours.replace('{hours}', String(row.workloadHours)) },
      ...(row.eqfLevel ? [{ label: texts.eqfLevel, value: String(row.eqfLevel) }] : []),
      ...(row.meanScore !== null
        ? [{ label: texts.meanScore, value: `${formatsFor(row.locale).number.format(row.meanScore)} %` }]
        : []),
    ];
    return renderCertificatePdf({
      language: row.locale,
      issuerName: summary.issuerName,
      holderName: summary.holderName,
      achievementName: summary.achievementName,
      learningOutcomes: summary.learningOutcomes,
      details,
      verifyUrl: certificateUrls(this.config.PUBLIC_URL).verify(row.code),
      verificationCode: row.code,
      credentialJwt: row.jwt,
      issuedAt: row.issuedAt,
      labels: texts,
    });
  }

  /** A mobility credential's record, laid out like Europass Mobility. */
  renderMobility(row: PdfRow): Promise<Buffer> {
    return renderMobilityRecord({
      credential: row.credential,
      jwt: row.jwt,
      code: row.code,
      locale: row.locale,
      issuedAt: row.issuedAt,
      sendingCity: row.organisationCity,
      verifyUrl: certificateUrls(this.config.PUBLIC_URL).verify(row.code),
    });
  }

  private async row(certificateId: string): Promise<PdfRow> {
    const [row] = await this.ds.query<PdfRow[]>(
      `SELECT c.id, c.achievement_kind AS kind, c.pdf_key AS "pdfKey", c.organisation_id AS "organisationId",
              o.city AS "organisationCity", c.verification_code AS code,
              c.credential_jwt AS jwt, c.credential, c.locale, c.issued_at AS "issuedAt",
              co.eqf_level AS "eqfLevel", co.workload_hours AS "workloadHours",
              CASE WHEN c.achievement_kind = 'course'
                   THEN (c.credential #>> '{credentialSubject,result,0,value}')::numeric END AS "meanScore"
         FROM certificates c LEFT JOIN courses co ON co.id = c.course_id
         JOIN organisations o ON o.id = c.organisation_id
        WHERE c.id = $1`,
      [certificateId],
    );
    if (!row) throw notFound('Certificate');
    return { ...row, meanScore: row.meanScore === null ? null : Number(row.meanScore) };
  }
}
