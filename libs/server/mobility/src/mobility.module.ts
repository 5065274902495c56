import { Module } from '@nestjs/common';
import { MobilitiesService } from './mobilities.service';
import { MobilityStatusService } from './mobility-status.service';
import { MobilityReportsService } from './mobility-reports.service';

@Module({
  providers: [MobilitiesService, MobilityStatusService, MobilityReportsService],
  exports: [MobilitiesService, MobilityStatusService, MobilityReportsService],
})
export class MobilityModule {}
