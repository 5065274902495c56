import { Module } from '@nestjs/common';
import { MobilitiesService } from './mobilities.service';
import { MobilityStatusService } from './mobility-status.service';

@Module({
  providers: [MobilitiesService, MobilityStatusService],
  exports: [MobilitiesService, MobilityStatusService],
})
export class MobilityModule {}
