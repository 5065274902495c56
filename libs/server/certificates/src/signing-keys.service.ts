import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JWK } from 'jose';
import { DataSource } from 'typeorm';
import { keyBytes, SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import type { SigningKey } from '@campus/server-db';
import { generateSigningKey, jwks, openPrivateKey, sealPrivateKey } from '@campus/server-credentials';

export interface ActiveKey {
  kid: string;
  privateJwk: JWK;
}

/**
 * Ed25519 signing keys kept in PostgreSQL with the private half sealed by
 * CREDENTIAL_KEY_ENCRYPTION_KEY. The first use creates one; rotation retires the active key (it
 * stays in the JWKS, so everything it signed still verifies) and creates the next.
 */
@Injectable()
export class SigningKeysService {
  private readonly log = new Logger(SigningKeysService.name);
  private readonly kek: Buffer;
  private active: ActiveKey | null = null;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(SERVER_CONFIG) config: ServerConfig,
  ) {
    this.kek = keyBytes(config.CREDENTIAL_KEY_ENCRYPTION_KEY)!;
  }

  /**
   * The key new certificates are signed with (created on first use; safe under concurrency). The
   * active kid is read on every call, so a rotation made by any replica takes effect everywhere at
   * once; only the unsealed private key is cached, by kid.
   */
  async activeKey(): Promise<ActiveKey> {
    let row = await this.activeRow();
    if (!row) {
      await this.create();
      row = (await this.activeRow())!;
    }
    return this.keyOf(row);
  }

  /** The usable key of an active key's row (`activeKey` without the read, for a caller that read it). */
  keyOf(row: Pick<SigningKey, 'kid' | 'privateSealed'>): ActiveKey {
    if (this.active?.kid !== row.kid)
      this.active = { kid: row.kid, privateJwk: openPrivateKey(row.privateSealed, this.kek) };
    return this.active;
  }

  private async activeRow(): Promise<Pick<SigningKey, 'kid' | 'privateSealed'> | undefined> {
    const [row] = await this.ds.query<Pick<SigningKey, 'kid' | 'privateSealed'>[]>(
      `SELECT kid, private_sealed AS "privateSealed" FROM signing_keys WHERE retired_at IS NULL`,
    );
    return row;
  }

  /** Retires the active key and makes a new one; returns the new kid. */
  async rotate(): Promise<string> {
    await this.ds.transaction(async (m) => {
      await m.query(`UPDATE signing_keys SET retired_at = now() WHERE retired_at IS NULL`);
      await this.insert(m.query.bind(m));
    });
    const key = await this.activeKey();
    this.log.log({ kid: key.kid }, 'signing key rotated');
    return key.kid;
  }

  async list(): Promise<{ kid: string; createdAt: string; retiredAt: string | null }[]> {
    const rows = await this.ds.query<{ kid: string; createdAt: Date; retiredAt: Date | null }[]>(
      `SELECT kid, created_at AS "createdAt", retired_at AS "retiredAt" FROM signing_keys ORDER BY created_at`,
    );
    return rows.map((r) => ({
      kid: r.kid,
      createdAt: r.createdAt.toISOString(),
      retiredAt: r.retiredAt?.toISOString() ?? null,
    }));
  }

  /** Every public key, active and retired: published at /.well-known/jwks.json. */
  async publicJwks(): Promise<{ keys: JWK[] }> {
    const rows = await this.ds.query<{ publicJwk: JWK }[]>(
      `SELECT public_jwk AS "publicJwk" FROM signing_keys ORDER BY created_at`,
    );
    return jwks(rows.map((r) => r.publicJwk));
  }

  /** The unique index on the active key makes a concurrent second creation fail harmlessly. */
  private async create(): Promise<void> {
    try {
      await this.insert((sql, params) => this.ds.query(sql, params));
    } catch (err) {
      if ((err as { code?: string }).code !== '23505') throw err;
    }
  }

  private async insert(query: (sql: string, params: unknown[]) => Promise<unknown>): Promise<void> {
    const key = await generateSigningKey();
    await query(`INSERT INTO signing_keys (kid, public_jwk, private_sealed) VALUES ($1, $2, $3)`, [
      key.kid,
      JSON.stringify(key.publicJwk),
      sealPrivateKey(key.privateJwk, this.kek),
    ]);
  }
}
