import { Module, type Provider } from '@nestjs/common';
import { NotificationsModule } from '@campus/server-notifications';
import { FrameworksService } from './frameworks.service';
import { AssessmentRoundsService } from './assessment-rounds.service';
import { RoundLinksService } from './round-links.service';
import { RespondentService } from './respondent.service';
import { AssessmentResultsService } from './assessment-results.service';
import { AssessmentChangeFeed } from './assessment-change-feed';

/** Every service of the domain is used by the api or the worker, so each is provided and exported. */
const SERVICES: Provider[] = [
  FrameworksService,
  AssessmentResultsService,
  AssessmentRoundsService,
  RoundLinksService,
  RespondentService,
];

@Module({
  imports: [NotificationsModule],
  providers: [AssessmentChangeFeed, ...SERVICES],
  exports: SERVICES,
})
export class SelfAssessmentModule {}
