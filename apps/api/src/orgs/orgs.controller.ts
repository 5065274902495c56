import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import {
  ChangeRoleRequest,
  CsvInviteRequest,
  InviteRequest,
  type CsvInviteReport,
  type InvitationView,
  type MemberView,
  type OrganisationView,
} from '@campus/contracts';
import type { Actor } from '@campus/server-identity';
import { InvitationsService, MembersService, OrganisationsService } from '@campus/server-organisations';
import { ClientIp, CurrentActor } from '../http/auth.decorators';
import { csvUploadBody } from '../http/csv-upload';
import { UuidPipe } from '../http/uuid.pipe';

class ChangeRoleDto extends createZodDto(ChangeRoleRequest) {}
class InviteDto extends createZodDto(InviteRequest) {}
class CsvInviteDto extends createZodDto(CsvInviteRequest) {}

/** An organisation's people. The caller's membership in :orgId decides, checked in the services. */
@ApiTags('organisations')
@ApiBearerAuth()
@Controller('orgs/:orgId')
export class OrgsController {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly members: MembersService,
    private readonly invitations: InvitationsService,
  ) {}

  @Get()
  get(@CurrentActor() actor: Actor, @Param('orgId', UuidPipe) orgId: string): Promise<OrganisationView> {
    return this.organisations.get(actor, orgId);
  }

  @Get('members')
  listMembers(@CurrentActor() actor: Actor, @Param('orgId', UuidPipe) orgId: string): Promise<MemberView[]> {
    return this.members.list(actor, orgId);
  }

  @Patch('members/:userId')
  @HttpCode(204)
  changeRole(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('userId', UuidPipe) userId: string,
    @Body() body: ChangeRoleDto,
    @ClientIp() ip: string,
  ): Promise<void> {
    return this.members.changeRole(actor, orgId, userId, body.role, ip);
  }

  @Delete('members/:userId')
  @HttpCode(204)
  removeMember(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('userId', UuidPipe) userId: string,
    @ClientIp() ip: string,
  ): Promise<void> {
    return this.members.remove(actor, orgId, userId, ip);
  }

  @Get('invitations')
  listInvitations(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
  ): Promise<InvitationView[]> {
    return this.invitations.list(actor, orgId);
  }

  @Post('invitations')
  invite(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Body() body: InviteDto,
    @ClientIp() ip: string,
  ): Promise<InvitationView> {
    return this.invitations.invite(actor, orgId, body, ip);
  }

  /**
   * CSV with a header row (email, role, name); answers a per-row report of what failed and why.
   * JSON `{csv}`, or multipart with the file in `file` (UTF-8 or Windows-1252; see csvUploadBody).
   */
  @Post('invitations/csv')
  @HttpCode(200)
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({ type: CsvInviteDto })
  async inviteCsv(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Req() req: FastifyRequest,
    // Validated in csvUploadBody: a multipart request has no JSON body to validate.
    @Body() body: unknown,
    @ClientIp() ip: string,
  ): Promise<CsvInviteReport> {
    const { csv } = await csvUploadBody(req, body, CsvInviteRequest);
    return this.invitations.inviteCsv(actor, orgId, csv, ip);
  }

  @Delete('invitations/:invitationId')
  @HttpCode(204)
  revokeInvitation(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('invitationId', UuidPipe) invitationId: string,
    @ClientIp() ip: string,
  ): Promise<void> {
    return this.invitations.revoke(actor, orgId, invitationId, ip);
  }
}
