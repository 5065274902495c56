import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { OrgCertificatesFilters, type CertificateExportView } from '@campus/contracts';
import { CertificateExportsService } from '@campus/server-certificates';
import type { Actor } from '@campus/server-identity';
import { CurrentActor, Public } from '../http/auth.decorators';
import { UuidPipe } from '../http/uuid.pipe';
import { dispositionHeader } from '../files/files.controller';

class FiltersDto extends createZodDto(OrgCertificatesFilters) {}
class SignedQuery extends createZodDto(
  z.object({ expires: z.coerce.number().int().min(0), signature: z.string().min(1).max(100) }),
) {}

/**
 * ZIPs of certificates too large to stream in one request: a manager asks for one (202), follows
 * its progress, and downloads it through the signed link the view carries once it is ready.
 */
@ApiTags('certificates')
@Controller()
export class CertificateExportsController {
  constructor(private readonly exports: CertificateExportsService) {}

  @ApiBearerAuth()
  @Post('orgs/:orgId/certificate-exports')
  @HttpCode(202)
  request(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Body() filters: FiltersDto,
  ): Promise<CertificateExportView> {
    return this.exports.request(actor, orgId, filters);
  }

  @ApiBearerAuth()
  @Get('orgs/:orgId/certificate-exports')
  list(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
  ): Promise<CertificateExportView[]> {
    return this.exports.list(actor, orgId);
  }

  @ApiBearerAuth()
  @Get('orgs/:orgId/certificate-exports/:exportId')
  get(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('exportId', UuidPipe) exportId: string,
  ): Promise<CertificateExportView> {
    return this.exports.get(actor, orgId, exportId);
  }

  /** No sign-in: a browser download cannot send the token; the signature proves who was given the link. */
  @Public()
  @Get('certificate-exports/:exportId/file')
  @ApiProduces('application/zip')
  async file(
    @Param('exportId', UuidPipe) exportId: string,
    @Query() q: SignedQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const zip = await this.exports.openFile(exportId, q.expires, q.signature);
    await reply
      .type('application/zip')
      .header('Content-Length', zip.sizeBytes)
      .header('Cache-Control', 'private, no-store')
      .header('X-Content-Type-Options', 'nosniff')
      .header('Content-Disposition', dispositionHeader('attachment', zip.fileName))
      .send(zip.stream);
  }
}
