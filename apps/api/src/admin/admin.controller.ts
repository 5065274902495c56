import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import {
  AdminUserQuery,
  AuditQuery,
  CreateOrganisationRequest,
  EmailQuery,
  PageQuery,
  UpdateOrganisationRequest,
  UpdateSettingsRequest,
  type AdminUserView,
  type AuditEventView,
  type CapturedEmailView,
  type EmailMessageView,
  type OrganisationView,
  type Page,
  type PublicSettings,
  type QueueView,
} from '@campus/contracts';
import { AuditService } from '@campus/server-audit';
import {
  PlatformSettingsService,
  requirePlatformAdmin,
  UsersAdminService,
  type Actor,
} from '@campus/server-identity';
import { QueueInspector } from '@campus/server-jobs';
import { EmailAdminService } from '@campus/server-notifications';
import { OrganisationsService } from '@campus/server-organisations';
import { ClientIp, CurrentActor } from '../http/auth.decorators';
import { UuidPipe } from '../http/uuid.pipe';

class CreateOrganisationDto extends createZodDto(CreateOrganisationRequest) {}
class UpdateOrganisationDto extends createZodDto(UpdateOrganisationRequest) {}
class AdminUserQueryDto extends createZodDto(AdminUserQuery) {}
class EmailQueryDto extends createZodDto(EmailQuery) {}
class PageQueryDto extends createZodDto(PageQuery) {}
class AuditQueryDto extends createZodDto(AuditQuery) {}
class UpdateSettingsDto extends createZodDto(UpdateSettingsRequest) {}

/** Platform administration. Every handler checks the platform-admin flag (here or in the service). */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin')
export class AdminController {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly users: UsersAdminService,
    private readonly emails: EmailAdminService,
    private readonly queues: QueueInspector,
    private readonly audit: AuditService,
    private readonly settings: PlatformSettingsService,
  ) {}

  @Get('organisations')
  listOrganisations(@CurrentActor() actor: Actor): Promise<OrganisationView[]> {
    return this.organisations.list(actor);
  }

  @Post('organisations')
  createOrganisation(
    @CurrentActor() actor: Actor,
    @Body() body: CreateOrganisationDto,
  ): Promise<OrganisationView> {
    return this.organisations.create(actor, body);
  }

  @Patch('organisations/:id')
  updateOrganisation(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Body() body: UpdateOrganisationDto,
  ): Promise<OrganisationView> {
    return this.organisations.update(actor, id, body);
  }

  @Get('users')
  listUsers(@CurrentActor() actor: Actor, @Query() q: AdminUserQueryDto): Promise<Page<AdminUserView>> {
    return this.users.list(actor, q);
  }

  @Post('users/:id/deactivate')
  @HttpCode(204)
  deactivate(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @ClientIp() ip: string,
  ): Promise<void> {
    return this.users.setActive(actor, id, false, ip);
  }

  @Post('users/:id/reactivate')
  @HttpCode(204)
  reactivate(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @ClientIp() ip: string,
  ): Promise<void> {
    return this.users.setActive(actor, id, true, ip);
  }

  @Get('emails')
  listEmails(@CurrentActor() actor: Actor, @Query() q: EmailQueryDto): Promise<Page<EmailMessageView>> {
    requirePlatformAdmin(actor);
    return this.emails.listMessages(q);
  }

  @Post('emails/:id/retry')
  @HttpCode(200)
  async retryEmail(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @ClientIp() ip: string,
  ): Promise<EmailMessageView> {
    requirePlatformAdmin(actor);
    const view = await this.emails.retry(id);
    await this.audit.record({
      action: 'admin.email_retried',
      actorId: actor.userId,
      targetType: 'email',
      targetId: id,
      ip,
    });
    return view;
  }

  /** Mail caught by the demo SMTP sink (demo mode without a real SMTP server). */
  @Get('captured-emails')
  listCaptured(@CurrentActor() actor: Actor, @Query() q: PageQueryDto): Promise<Page<CapturedEmailView>> {
    requirePlatformAdmin(actor);
    return this.emails.listCaptured(q);
  }

  @Get('captured-emails/:id')
  getCaptured(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<CapturedEmailView> {
    requirePlatformAdmin(actor);
    return this.emails.getCaptured(id);
  }

  @Get('queues')
  listQueues(@CurrentActor() actor: Actor): Promise<QueueView[]> {
    requirePlatformAdmin(actor);
    return this.queues.list();
  }

  @Post('queues/:queue/jobs/:jobId/retry')
  @HttpCode(204)
  async retryJob(
    @CurrentActor() actor: Actor,
    @Param('queue') queue: string,
    @Param('jobId') jobId: string,
    @ClientIp() ip: string,
  ): Promise<void> {
    requirePlatformAdmin(actor);
    await this.queues.retryFailed(queue, jobId);
    await this.audit.record({
      action: 'admin.job_retried',
      actorId: actor.userId,
      targetType: 'job',
      targetId: `${queue}/${jobId}`,
      ip,
    });
  }

  @Get('audit')
  listAudit(@CurrentActor() actor: Actor, @Query() q: AuditQueryDto): Promise<Page<AuditEventView>> {
    requirePlatformAdmin(actor);
    return this.audit.list(q);
  }

  @Get('settings')
  getSettings(@CurrentActor() actor: Actor): Promise<PublicSettings> {
    requirePlatformAdmin(actor);
    return this.settings.get();
  }

  @Patch('settings')
  updateSettings(@CurrentActor() actor: Actor, @Body() body: UpdateSettingsDto): Promise<PublicSettings> {
    return this.settings.update(actor, body);
  }
}
