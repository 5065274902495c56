import { Module } from '@nestjs/common';
import { MobilitiesService } from './mobilities.service';
import { MobilityStatusService } from './mobility-status.service';
import { MentorLinksService } from './mentor-links.service';

@Module({
  providers: [MobilitiesService, MobilityStatusService, MentorLinksService],
  exports: [MobilitiesService, MobilityStatusService, MentorLinksService],
})
export class MobilityModule {}
