import { Module, type Provider } from '@nestjs/common';
import { NotificationsModule } from '@campus/server-notifications';

/** Every service of the domain is used by the api or the worker, so each is provided and exported. */
const SERVICES: Provider[] = [];

@Module({
  imports: [NotificationsModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class SelfAssessmentModule {}
