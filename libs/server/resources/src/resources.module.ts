import { Module, type Provider } from '@nestjs/common';
import { StorageModule } from '@campus/server-storage';
import { ResourceChangeFeed } from './resource-change-feed';
import { ResourceContributionsService } from './resource-contributions.service';
import { ResourceFiles } from './resource-files';
import { ResourceLessonsService } from './resource-lessons.service';
import { ResourceLibraryService } from './resource-library.service';
import { ResourceReviewsService } from './resource-reviews.service';
import { ResourceUploadsService } from './resource-uploads.service';

/** Every service of the domain is used by the api or the worker, so each is provided and exported. */
const SERVICES: Provider[] = [
  ResourceLibraryService,
  ResourceContributionsService,
  ResourceReviewsService,
  ResourceUploadsService,
  ResourceLessonsService,
];

@Module({
  imports: [StorageModule],
  providers: [ResourceFiles, ResourceChangeFeed, ...SERVICES],
  exports: SERVICES,
})
export class ResourcesModule {}
