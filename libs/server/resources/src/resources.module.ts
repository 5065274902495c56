import { Module, type Provider } from '@nestjs/common';
import { StorageModule } from '@campus/server-storage';

/** Every service of the domain is used by the api or the worker, so each is provided and exported. */
const SERVICES: Provider[] = [];

@Module({
  imports: [StorageModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class ResourcesModule {}
