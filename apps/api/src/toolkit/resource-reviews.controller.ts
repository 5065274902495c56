import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { RejectResourceRequest, type ResourceDetailView, type ResourceReviewItem } from '@campus/contracts';
import type { Actor } from '@campus/server-identity';
import { ResourceReviewsService } from '@campus/server-resources';
import { CurrentActor } from '../http/auth.decorators';
import { UuidPipe } from '../http/uuid.pipe';

class RejectResourceDto extends createZodDto(RejectResourceRequest) {}

/** Platform admins review library submissions and withdraw published resources. */
@ApiTags('resources')
@ApiBearerAuth()
@Controller('admin')
export class ResourceReviewsController {
  constructor(private readonly reviews: ResourceReviewsService) {}

  @Get('resource-reviews')
  queue(@CurrentActor() actor: Actor): Promise<ResourceReviewItem[]> {
    return this.reviews.queue(actor);
  }

  @Post('resource-reviews/:versionId/publish')
  @HttpCode(200)
  publish(
    @CurrentActor() actor: Actor,
    @Param('versionId', UuidPipe) versionId: string,
  ): Promise<ResourceDetailView> {
    return this.reviews.publish(actor, versionId);
  }

  @Post('resource-reviews/:versionId/reject')
  @HttpCode(200)
  reject(
    @CurrentActor() actor: Actor,
    @Param('versionId', UuidPipe) versionId: string,
    @Body() body: RejectResourceDto,
  ): Promise<ResourceDetailView> {
    return this.reviews.reject(actor, versionId, body.note);
  }

  @Post('resources/:id/withdraw')
  @HttpCode(200)
  withdraw(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<ResourceDetailView> {
    return this.reviews.withdraw(actor, id);
  }
}
