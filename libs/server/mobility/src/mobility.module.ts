import { Module } from '@nestjs/common';
import { StorageModule } from '@campus/server-storage';
import { MobilitiesService } from './mobilities.service';
import { MobilityStatusService } from './mobility-status.service';
import { LogbookService } from './logbook.service';
import { LogbookEvidenceService } from './logbook-evidence.service';
import { LearningAgreementsService } from './learning-agreements.service';
import { MentorLinksService } from './mentor-links.service';

@Module({
  imports: [StorageModule],
  providers: [
    MobilitiesService,
    MobilityStatusService,
    LogbookService,
    LogbookEvidenceService,
    LearningAgreementsService,
    MentorLinksService,
  ],
  exports: [
    MobilitiesService,
    MobilityStatusService,
    LogbookService,
    LogbookEvidenceService,
    LearningAgreementsService,
    MentorLinksService,
  ],
})
export class MobilityModule {}
