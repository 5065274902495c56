import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CertificateVerification, FileVerification } from '@campus/contracts';
import {
  OB_V3_CONTEXT,
  VC_V2_CONTEXT,
  encodeStatusList,
  normaliseVerificationCode,
  summariseCredential,
  verifyCredentialJwt,
  type OpenBadgeCredential,
} from '@campus/server-credentials';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { FeedCache } from '@campus/server-db';
import { CertificateChangeFeed } from './certificate-change-feed';
import { certificateUrls } from './certificate-urls';
import { mobilityFactsOf } from './mobility-credential';
import { SigningKeysService } from './signing-keys.service';

interface PublicRow {
  code: string;
  holderName: string;
  holderErased: boolean;
  kind: 'course' | 'mobility';
  credential: OpenBadgeCredential;
  issuerName: string;
  country: string;
  issuedAt: Date;
  revokedAt: Date | null;
  revokedReason: string | null;
}

/** Answers kept per replica: a few KB each, so a few tens of MB at most. */
const CACHED_ANSWERS = 10_000;

/**
 * Public verification: by code (what the QR code and the page use) and of an uploaded credential
 * (signature against the published keys, then the status list). Codes carry 100 random bits, so
 * they cannot be enumerated; the api rate-limits these routes as well.
 */
@Injectable()
export class CertificateVerificationService {
  /** Answers by code; a change notifies the code it touched. */
  private readonly answers: FeedCache<CertificateVerification>;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly keys: SigningKeysService,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    changes: CertificateChangeFeed,
  ) {
    this.answers = new FeedCache(changes, CACHED_ANSWERS);
  }

  /**
   * A certificate's public answer. Known codes are cached while the change feed is live: every
   * change to a certificate (a revocation above all) notifies every replica at commit, which drops
   * the entry, so a revocation shows at once. Unknown codes are never cached: a certificate issued
   * a moment later must be found.
   */
  async byCode(input: string): Promise<CertificateVerification> {
    const code = normaliseVerificationCode(input);
    if (!code) return { status: 'unknown' };
    const cached = this.answers.get(code);
    if (cached) return cached;
    const version = this.answers.version();
    const answer = await this.lookUp(code);
    if (answer.status !== 'unknown') this.answers.keep(code, answer, version);
    return answer;
  }

  private async lookUp(code: string): Promise<CertificateVerification> {
    const [row] = await this.ds.query<PublicRow[]>(
      `SELECT c.verification_code AS code, c.holder_name AS "holderName", c.holder_erased AS "holderErased",
              c.achievement_kind AS kind, c.credential, o.name AS "issuerName", o.country,
              c.issued_at AS "issuedAt", c.revoked_at AS "revokedAt", c.revoked_reason AS "revokedReason"
         FROM certificates c JOIN organisations o ON o.id = c.organisation_id
        WHERE c.verification_code = $1`,
      [code],
    );
    if (!row) return { status: 'unknown' };
    const summary = summariseCredential(row.credential);
    const achievement = row.credential.credentialSubject.achievement as unknown as Record<string, unknown>;
    return {
      status: row.revokedAt ? 'revoked' : 'valid',
      certificate: {
        code: row.code,
        holderName: row.holderErased ? null : row.holderName,
        achievement: {
          kind: row.kind,
          title: summary.achievementName,
          learningOutcomes: summary.learningOutcomes,
          eqfLevel: eqfLevelOf(achievement),
          workloadHours: Number(achievement['creditsAvailable'] ?? 0),
        },
        issuer: { name: row.issuerName, country: row.country },
        issuedAt: row.issuedAt.toISOString(),
        revokedAt: row.revokedAt?.toISOString() ?? null,
        revokedReason: row.revokedReason,
        ...(row.kind === 'mobility' && { mobility: mobilityFactsOf(row.credential) }),
      },
    };
  }

  /** Checks a VC-JWT: signature by one of our keys, then its revocation bit. */
  async verifyJwt(jwt: string): Promise<FileVerification> {
    const result = await verifyCredentialJwt(jwt.trim(), await this.keys.publicJwks());
    if (!result.ok) {
      switch (result.reason) {
        case 'malformed':
          return {
            result: 'not_a_credential',
            detail: 'This is not a Campus credential (no signed credential found).',
          };
        case 'unknown_key':
          return { result: 'wrong_key', detail: 'It was not signed with a key this platform publishes.' };
        case 'bad_signature':
        case 'not_yet_valid':
          return { result: 'tampered', detail: 'The signature does not match the content: it was changed.' };
      }
    }
    const summary = summariseCredential(result.credential);
    const [row] = await this.ds.query<{ revokedAt: Date | null }[]>(
      `SELECT revoked_at AS "revokedAt" FROM certificates WHERE id = $1`,
      [result.credential.id.replace(/^urn:uuid:/, '')],
    );
    const credential = {
      holderName: summary.holderName,
      achievement: summary.achievementName,
      issuer: summary.issuerName,
      validFrom: summary.validFrom,
      learningOutcomes: summary.learningOutcomes,
    };
    if (row?.revokedAt)
      return {
        result: 'revoked',
        detail: 'The signature is genuine, but the certificate was revoked.',
        credential,
        revokedAt: row.revokedAt.toISOString(),
      };
    return { result: 'valid', detail: 'Genuine and not revoked.', credential, revokedAt: null };
  }

  /** The Open Badges issuer Profile of an organisation (the `issuer.id` of its credentials), or null. */
  async issuerProfile(organisationId: string): Promise<Record<string, unknown> | null> {
    const [org] = await this.ds.query<{ name: string; country: string; city: string }[]>(
      `SELECT name, country, city FROM organisations WHERE id = $1`,
      [organisationId],
    );
    if (!org) return null;
    return {
      '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
      id: certificateUrls(this.config.PUBLIC_URL).issuer(organisationId),
      type: ['Profile'],
      name: org.name,
      address: { type: ['Address'], addressCountry: org.country, addressLocality: org.city },
    };
  }

  /** The revocation bits of one status list, as a BitstringStatusList (JSON). */
  async encodedStatusList(listId: string): Promise<{ encodedList: string; length: number } | null> {
    const [list] = await this.ds.query<{ length: number }[]>(
      `SELECT length FROM status_lists WHERE id = $1`,
      [listId],
    );
    if (!list) return null;
    const revoked = await this.ds.query<{ index: number }[]>(
      `SELECT status_index AS index FROM certificates WHERE status_list_id = $1 AND revoked_at IS NOT NULL`,
      [listId],
    );
    return {
      encodedList: encodeStatusList(
        revoked.map((r) => r.index),
        list.length,
      ),
      length: list.length,
    };
  }
}

function eqfLevelOf(achievement: Record<string, unknown>): number | null {
  const alignments =
    (achievement['alignment'] as { targetCode?: string; targetName?: string }[] | undefined) ?? [];
  for (const a of alignments) {
    const level = /(\d)/.exec(a.targetCode ?? a.targetName ?? '')?.[1];
    if (level) return Number(level);
  }
  return null;
}
