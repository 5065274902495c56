import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { CatalogueQuery, type CourseView } from '@campus/contracts';
import { CatalogueService } from '@campus/server-courses';
import type { Actor } from '@campus/server-identity';
import { OptionalActor, Public } from '../http/auth.decorators';

class CatalogueQueryDto extends createZodDto(CatalogueQuery) {}

/** No sign-in needed; a signed-in member also sees their organisation's courses. */
@ApiTags('catalogue')
@Public('optional')
@Controller('catalogue')
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  /** A `Page<CourseSummaryView>`, sent as JSON the service serialised once for every caller it serves. */
  @Get()
  @Header('Content-Type', 'application/json; charset=utf-8')
  list(@OptionalActor() actor: Actor | null, @Query() q: CatalogueQueryDto): Promise<Buffer> {
    return this.catalogue.listJson(actor, q);
  }

  @Get(':slug')
  get(@OptionalActor() actor: Actor | null, @Param('slug') slug: string): Promise<CourseView> {
    return this.catalogue.get(actor, slug);
  }
}
