import { Module } from '@nestjs/common';
import { NotificationsModule } from '@campus/server-notifications';
import { StorageModule } from '@campus/server-storage';
import { MobilitiesService } from './mobilities.service';
import { MobilityStatusService } from './mobility-status.service';
import { LogbookService } from './logbook.service';
import { LogbookEvidenceService } from './logbook-evidence.service';
import { LearningAgreementsService } from './learning-agreements.service';
import { MentorLinksService } from './mentor-links.service';
import { MentorLinkAdminService } from './mentor-link-admin.service';
import { MentorActivityService } from './mentor-activity.service';
import { MentorPagesService } from './mentor-pages.service';
import { MobilityReportsService } from './mobility-reports.service';
import { MobilityRemindersService } from './mobility-reminders.service';

/** Every service of the domain is used by the api or the worker, so each is provided and exported. */
const SERVICES = [
  MobilitiesService,
  MobilityStatusService,
  LogbookService,
  LogbookEvidenceService,
  LearningAgreementsService,
  MobilityReportsService,
  MentorLinksService,
  MentorLinkAdminService,
  MentorActivityService,
  MentorPagesService,
  MobilityRemindersService,
];

@Module({
  imports: [StorageModule, NotificationsModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class MobilityModule {}
