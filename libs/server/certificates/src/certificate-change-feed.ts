import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { ChangeFeed } from '@campus/server-db';

/**
 * `certificate_changed`: a certificate's verification code when its row changes (revoked, holder
 * erased), or '*' when an issuing organisation is renamed (see ChangeFeed).
 */
@Injectable()
export class CertificateChangeFeed extends ChangeFeed implements OnModuleDestroy {
  constructor(@Inject(SERVER_CONFIG) config: ServerConfig) {
    super(config.DATABASE_URL, 'certificate_changed');
  }

  onModuleDestroy(): Promise<void> {
    return this.close();
  }
}
