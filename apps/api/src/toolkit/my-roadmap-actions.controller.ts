import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { UpdateOwnActionRequest, type MyRoadmapActionView } from '@campus/contracts';
import type { Actor } from '@campus/server-identity';
import { MyRoadmapActionsService } from '@campus/server-roadmaps';
import { ClientIp, CurrentActor } from '../http/auth.decorators';
import { UuidPipe } from '../http/uuid.pipe';

class UpdateOwnActionDto extends createZodDto(UpdateOwnActionRequest) {}

/** The roadmap actions a member owns: they update the status and notes of their own only. */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me/roadmap-actions')
export class MyRoadmapActionsController {
  constructor(private readonly actions: MyRoadmapActionsService) {}

  @Get()
  list(@CurrentActor() actor: Actor): Promise<MyRoadmapActionView[]> {
    return this.actions.list(actor);
  }

  @Patch(':actionId')
  update(
    @CurrentActor() actor: Actor,
    @Param('actionId', UuidPipe) actionId: string,
    @Body() body: UpdateOwnActionDto,
    @ClientIp() ip: string,
  ): Promise<MyRoadmapActionView> {
    return this.actions.update(actor, actionId, body, ip);
  }
}
