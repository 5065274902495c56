import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import {
  CsvExportQuery,
  OrgCertificatesQuery,
  CourseCertificatesQuery,
  RevokeCertificateRequest,
  type CourseCertificatesPage,
  type MobilityCredentialView,
  type MyCertificate,
  type OrgCertificatesPage,
} from '@campus/contracts';
import {
  CertificatesService,
  MobilityCredentialsService,
  OrgCertificatesService,
  SigningKeysService,
} from '@campus/server-certificates';
import { csvFormat } from '@campus/server-csv';
import { requirePlatformAdmin, type Actor } from '@campus/server-identity';
import { CurrentActor } from '../http/auth.decorators';
import { UuidPipe } from '../http/uuid.pipe';
import { CsvDownload } from '../http/csv-download';

class RevokeDto extends createZodDto(RevokeCertificateRequest) {}
class CourseCertificatesQueryDto extends createZodDto(CourseCertificatesQuery) {}

/** The holder's certificates and downloads; revoke and re-issue for the issuing school's trainers. */
@ApiTags('certificates')
@ApiBearerAuth()
@Controller()
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get('me/certificates')
  mine(@CurrentActor() actor: Actor): Promise<MyCertificate[]> {
    return this.certificates.mine(actor);
  }

  @Get('me/certificates/:id/certificate.pdf')
  @ApiProduces('application/pdf')
  async pdf(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const stream = await this.certificates.pdfOf(actor, id);
    await reply
      .type('application/pdf')
      .header('Content-Disposition', 'attachment; filename="certificate.pdf"')
      .send(stream);
  }

  @Get('me/certificates/:id/credential.jwt')
  @ApiProduces('application/vc+jwt')
  @Header('Content-Type', 'application/vc+jwt')
  @Header('Content-Disposition', 'attachment; filename="credential.jwt"')
  credential(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<string> {
    return this.certificates.jwtOf(actor, id);
  }

  @Get('authoring/courses/:courseId/certificates')
  forCourse(
    @CurrentActor() actor: Actor,
    @Param('courseId', UuidPipe) courseId: string,
    @Query() q: CourseCertificatesQueryDto,
  ): Promise<CourseCertificatesPage> {
    return this.certificates.forCourse(actor, courseId, q);
  }

  @Post('certificates/:id/revoke')
  @HttpCode(204)
  revoke(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Body() body: RevokeDto,
  ): Promise<void> {
    return this.certificates.revoke(actor, id, body.reason);
  }

  /** Settles a regrade's review request by keeping the certificate unchanged. */
  @Post('certificates/:id/keep')
  @HttpCode(204)
  keep(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.certificates.keep(actor, id);
  }

  @Post('certificates/:id/reissue')
  async reissue(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<{ id: string }> {
    return { id: await this.certificates.reissue(actor, id) };
  }
}

class OrgCertificatesQueryDto extends createZodDto(OrgCertificatesQuery) {}
class OrgCertificatesCsvQueryDto extends createZodDto(OrgCertificatesQuery.extend(CsvExportQuery.shape)) {}

/** A manager's list of the certificates their staff hold, with CSV and ZIP downloads. */
@ApiTags('certificates')
@ApiBearerAuth()
@Controller('orgs/:orgId')
export class OrgCertificatesController {
  constructor(
    private readonly certificates: OrgCertificatesService,
    private readonly mobilityCredentials: MobilityCredentialsService,
  ) {}

  /** The credential of a validated mobility (pending for a moment after validation). */
  @Get('mobilities/:mobilityId/credential')
  mobilityCredential(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('mobilityId', UuidPipe) mobilityId: string,
  ): Promise<MobilityCredentialView> {
    return this.mobilityCredentials.forMobility(actor, orgId, mobilityId);
  }

  @Get('certificates/:id/certificate.pdf')
  @ApiProduces('application/pdf')
  async pdf(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('id', UuidPipe) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const stream = await this.mobilityCredentials.pdfForManager(actor, orgId, id);
    await reply
      .type('application/pdf')
      .header('Content-Disposition', 'attachment; filename="certificate.pdf"')
      .send(stream);
  }

  @Get('certificates')
  list(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Query() q: OrgCertificatesQueryDto,
  ): Promise<OrgCertificatesPage> {
    return this.certificates.list(actor, orgId, q);
  }

  @Get('certificates.csv')
  @CsvDownload('certificates.csv')
  csv(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Query() q: OrgCertificatesCsvQueryDto,
  ): Promise<string> {
    return this.certificates.csv(actor, orgId, q, csvFormat(actor.locale, q.separator));
  }

  @Get('certificates.zip')
  @ApiProduces('application/zip')
  async zip(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Query() q: OrgCertificatesQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const stream = await this.certificates.zip(actor, orgId, q);
    await reply
      .type('application/zip')
      .header('Content-Disposition', 'attachment; filename="certificates.zip"')
      .send(stream);
  }
}

/** Platform admins rotate the certificate signing key; retired keys stay published and keep verifying. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/signing-keys')
export class SigningKeysAdminController {
  constructor(private readonly keys: SigningKeysService) {}

  @Get()
  list(@CurrentActor() actor: Actor) {
    requirePlatformAdmin(actor);
    return this.keys.list();
  }

  @Post('rotate')
  async rotate(@CurrentActor() actor: Actor): Promise<{ kid: string }> {
    requirePlatformAdmin(actor);
    return { kid: await this.keys.rotate() };
  }
}
