import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import {
  ConfirmAgreementRequest,
  SaveLearningAgreementRequest,
  type AgreementVersionView,
  type LearningAgreementView,
} from '@campus/contracts';
import type { Actor } from '@campus/server-identity';
import { LearningAgreementsService } from '@campus/server-mobility';
import { ClientIp, CurrentActor } from '../http/auth.decorators';
import { PositionPipe, UuidPipe } from '../http/uuid.pipe';

class SaveLearningAgreementDto extends createZodDto(SaveLearningAgreementRequest) {}
class ConfirmAgreementDto extends createZodDto(ConfirmAgreementRequest) {}

/**
 * The sending organisation's managers on a mobility's learning agreement. Saving replaces the
 * latest version while nobody has confirmed it, else adds the next one; a stale `basedOnVersion`
 * or an old version to confirm is 409 AGREEMENT_OUTDATED, a finished mobility 409 AGREEMENT_CLOSED.
 */
@ApiTags('mobilities')
@ApiBearerAuth()
@Controller('orgs/:orgId/mobilities/:id/agreement')
export class OrgLearningAgreementsController {
  constructor(private readonly agreements: LearningAgreementsService) {}

  /** `current: null` before the first save. */
  @Get()
  get(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('id', UuidPipe) id: string,
  ): Promise<LearningAgreementView> {
    return this.agreements.get(actor, orgId, id);
  }

  @Put()
  save(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('id', UuidPipe) id: string,
    @Body() body: SaveLearningAgreementDto,
    @ClientIp() ip: string,
  ): Promise<LearningAgreementView> {
    return this.agreements.save(actor, orgId, id, body, ip);
  }

  /** Confirms as the sending manager; a second confirmation changes nothing. */
  @Post('confirm')
  @HttpCode(200)
  confirm(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('id', UuidPipe) id: string,
    @Body() body: ConfirmAgreementDto,
    @ClientIp() ip: string,
  ): Promise<LearningAgreementView> {
    return this.agreements.confirm(actor, orgId, id, body.version, ip);
  }

  @Get('versions/:version')
  version(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('id', UuidPipe) id: string,
    @Param('version', PositionPipe) version: number,
  ): Promise<AgreementVersionView> {
    return this.agreements.version(actor, orgId, id, version);
  }
}

/** The participant on the learning agreement of their own mobility (anyone else's is 404). */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me/mobilities/:id/agreement')
export class MyLearningAgreementsController {
  constructor(private readonly agreements: LearningAgreementsService) {}

  @Get()
  get(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<LearningAgreementView> {
    return this.agreements.getOwn(actor, id);
  }

  @Put()
  save(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Body() body: SaveLearningAgreementDto,
    @ClientIp() ip: string,
  ): Promise<LearningAgreementView> {
    return this.agreements.saveOwn(actor, id, body, ip);
  }

  /** Confirms as the participant; a second confirmation changes nothing. */
  @Post('confirm')
  @HttpCode(200)
  confirm(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Body() body: ConfirmAgreementDto,
    @ClientIp() ip: string,
  ): Promise<LearningAgreementView> {
    return this.agreements.confirmOwn(actor, id, body.version, ip);
  }

  @Get('versions/:version')
  version(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Param('version', PositionPipe) version: number,
  ): Promise<AgreementVersionView> {
    return this.agreements.versionOwn(actor, id, version);
  }
}
