import { Inject, Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/** Algorithm.Argon2id; the package exports a const enum, which isolated modules cannot read. */
const ARGON2ID = 2;
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';

@Injectable()
export class PasswordHasher {
  private readonly options;
  /** Verified against when the e-mail is unknown, so both answers take the same time. */
  private dummyHash: Promise<string>;

  constructor(@Inject(SERVER_CONFIG) config: ServerConfig) {
    this.options = {
      algorithm: ARGON2ID,
      memoryCost: config.ARGON2_MEMORY_KIB,
      timeCost: config.ARGON2_TIME_COST,
      parallelism: 1,
    };
    this.dummyHash = hash('campus-timing-equaliser', this.options);
  }

  hash(password: string): Promise<string> {
    return hash(password, this.options);
  }

  async verify(passwordHash: string | null | undefined, password: string): Promise<boolean> {
    if (!passwordHash) {
      await verify(await this.dummyHash, password).catch(() => false);
      return false;
    }
    return verify(passwordHash, password).catch(() => false);
  }
}
