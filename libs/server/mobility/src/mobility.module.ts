import { Module } from '@nestjs/common';
import { NotificationsModule } from '@campus/server-notifications';
import { StorageModule } from '@campus/server-storage';
import { MobilitiesService } from './mobilities.service';
import { MobilityStatusService } from './mobility-status.service';
import { LogbookService } from './logbook.service';
import { LogbookEvidenceService } from './logbook-evidence.service';
import { LearningAgreementsService } from './learning-agreements.service';
import { MentorLinksService } from './mentor-links.service';
import { MobilityRemindersService } from './mobility-reminders.service';

@Module({
  imports: [NotificationsModule, StorageModule],
  providers: [
    MobilitiesService,
    MobilityStatusService,
    LogbookService,
    LogbookEvidenceService,
    LearningAgreementsService,
    MentorLinksService,
    MobilityRemindersService,
  ],
  exports: [
    MobilitiesService,
    MobilityStatusService,
    LogbookService,
    LogbookEvidenceService,
    LearningAgreementsService,
    MentorLinksService,
    MobilityRemindersService,
  ],
})
export class MobilityModule {}
