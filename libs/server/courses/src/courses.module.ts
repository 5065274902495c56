import { Module } from '@nestjs/common';
import { NotificationsModule } from '@campus/server-notifications';
import { AuthoringService } from './authoring.service';
import { CatalogueService } from './catalogue.service';
import { CourseOutlineService } from './course-outline.service';
import { LearningService } from './learning.service';
import { OrgEnrolmentsService } from './org-enrolments.service';
import { ProgressReportService } from './progress-report.service';

@Module({
  imports: [NotificationsModule],
  providers: [
    CourseOutlineService,
    AuthoringService,
    CatalogueService,
    LearningService,
    OrgEnrolmentsService,
    ProgressReportService,
  ],
  exports: [AuthoringService, CatalogueService, LearningService, OrgEnrolmentsService, ProgressReportService],
})
export class CoursesModule {}
