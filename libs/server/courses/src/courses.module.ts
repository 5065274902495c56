import { Module } from '@nestjs/common';
import { NotificationsModule } from '@campus/server-notifications';
import { ResourcesModule } from '@campus/server-resources';
import { StorageModule } from '@campus/server-storage';
import { AuthoringService } from './authoring.service';
import { CatalogueService } from './catalogue.service';
import { CompletionService } from './completion.service';
import { CourseChangeFeed } from './course-change-feed';
import { CourseDuplicationService } from './course-duplication.service';
import { CourseFiles } from './course-files';
import { CourseOutlineService } from './course-outline.service';
import { CourseUploadsService } from './course-uploads.service';
import { LearningService } from './learning.service';
import { LessonAuthoringService } from './lesson-authoring.service';
import { OrgEnrolmentsService } from './org-enrolments.service';
import { ProgressReportService } from './progress-report.service';

const EXPORTED = [
  AuthoringService,
  LessonAuthoringService,
  CourseDuplicationService,
  CourseUploadsService,
  CatalogueService,
  LearningService,
  OrgEnrolmentsService,
  ProgressReportService,
  CompletionService,
  CourseOutlineService,
];

@Module({
  imports: [NotificationsModule, StorageModule, ResourcesModule],
  providers: [CourseFiles, CourseChangeFeed, ...EXPORTED],
  exports: EXPORTED,
})
export class CoursesModule {}
