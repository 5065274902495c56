import { Module } from '@nestjs/common';
import { MobilitiesService } from './mobilities.service';
import { MobilityStatusService } from './mobility-status.service';
import { LearningAgreementsService } from './learning-agreements.service';
import { MentorLinksService } from './mentor-links.service';

@Module({
  providers: [MobilitiesService, MobilityStatusService, LearningAgreementsService, MentorLinksService],
  exports: [MobilitiesService, MobilityStatusService, LearningAgreementsService, MentorLinksService],
})
export class MobilityModule {}
