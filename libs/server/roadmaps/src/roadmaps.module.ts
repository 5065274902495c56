import { Module, type Provider } from '@nestjs/common';
import { NotificationsModule } from '@campus/server-notifications';
import { SelfAssessmentModule } from '@campus/server-self-assessment';
import { MyRoadmapActionsService } from './my-roadmap-actions.service';
import { RoadmapExportService } from './roadmap-export.service';
import { RoadmapInsightsService } from './roadmap-insights.service';
import { RoadmapItemsService } from './roadmap-items.service';
import { RoadmapRemindersService } from './roadmap-reminders.service';
import { RoadmapsService } from './roadmaps.service';

/** Every service of the domain is used by the api or the worker, so each is provided and exported. */
const SERVICES: Provider[] = [
  RoadmapsService,
  RoadmapItemsService,
  RoadmapInsightsService,
  RoadmapExportService,
  MyRoadmapActionsService,
  RoadmapRemindersService,
];

@Module({
  imports: [NotificationsModule, SelfAssessmentModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class RoadmapsModule {}
