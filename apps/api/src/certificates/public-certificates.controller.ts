import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Inject,
  NotFoundException,
  Param,
  Post,
  Req,
} from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import {
  DomainError,
  VerifyCredentialRequest,
  type CertificateVerification,
  type FileVerification,
} from '@campus/contracts';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import {
  CertificateVerificationService,
  SigningKeysService,
  certificateUrls,
} from '@campus/server-certificates';
import {
  buildStatusListCredential,
  looksLikeCompactJws,
  PdfReaderBusyError,
  readCredentialJwt,
} from '@campus/server-credentials';
import { Public } from '../http/auth.decorators';
import { VerifyRateLimit } from '../http/rate-limit';
import { UuidPipe } from '../http/uuid.pipe';

const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const NOT_A_CREDENTIAL: FileVerification = {
  result: 'not_a_credential',
  detail: 'No signed credential was found in this file.',
};

/**
 * What anyone may check without signing in: a certificate by its code, an uploaded certificate
 * file, the status lists and the issuers' profiles. Verification routes take their own
 * per-address limit (RATE_LIMIT_VERIFY_PER_MINUTE).
 */
@ApiTags('verification')
@Controller()
export class PublicCertificatesController {
  constructor(
    private readonly verification: CertificateVerificationService,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {}

  @Public()
  @VerifyRateLimit()
  @Get('verify/:code')
  byCode(@Param('code') code: string): Promise<CertificateVerification> {
    return this.verification.byCode(code);
  }

  /** JSON `{jwt}`, or multipart with one `file`: the PDF, a .jwt file, or JSON holding `{ "jwt": … }`. */
  @Public()
  @VerifyRateLimit()
  @Post('verify')
  @HttpCode(200)
  @ApiConsumes('application/json', 'multipart/form-data')
  async verify(@Req() req: FastifyRequest, @Body() body: unknown): Promise<FileVerification> {
    // Validated here, not by a DTO: a multipart request has no JSON body to validate.
    if (!req.isMultipart()) {
      const parsed = VerifyCredentialRequest.safeParse(body);
      if (!parsed.success)
        throw new DomainError('VALIDATION_FAILED', 'Send {"jwt": "…"} or a certificate file.', {
          errors: [{ field: 'jwt', message: 'Send the signed credential (a JWT).' }],
        });
      if (!looksLikeCompactJws(parsed.data.jwt)) return NOT_A_CREDENTIAL;
      return this.verification.verifyJwt(parsed.data.jwt);
    }
    const part = await req.file({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
    if (!part)
      throw new DomainError('VALIDATION_FAILED', 'Send the certificate in a form field named "file".');
    let file: Buffer;
    try {
      file = await part.toBuffer();
    } catch {
      throw new DomainError('FILE_TOO_LARGE', 'A certificate file is at most 10 MB.');
    }
    // PDFs are parsed in a worker thread with caps (libs/server/credentials, pdf-reader-pool.ts):
    // a crafted file costs the event loop nothing and answers not_a_credential.
    let jwt: string | null;
    try {
      jwt = await readCredentialJwt(file);
    } catch (err) {
      if (err instanceof PdfReaderBusyError)
        throw new DomainError('RATE_LIMITED', err.message, { retryAfter: 5 });
      throw err;
    }
    if (!jwt) return NOT_A_CREDENTIAL;
    return this.verification.verifyJwt(jwt);
  }

  @Public()
  @Get('credentials/status/:listId')
  @Header('Content-Type', 'application/json; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  async statusList(@Param('listId', UuidPipe) listId: string) {
    const list = await this.verification.encodedStatusList(listId);
    if (!list) throw new NotFoundException();
    const urls = certificateUrls(this.config.PUBLIC_URL);
    return buildStatusListCredential({
      id: urls.statusList(listId),
      issuerId: this.config.PUBLIC_URL,
      encodedList: list.encodedList,
      validFrom: new Date(),
    });
  }

  /** The Open Badges issuer Profile of an organisation (the `issuer.id` of its credentials). */
  @Public()
  @Get('issuers/:orgId')
  async issuer(@Param('orgId', UuidPipe) orgId: string) {
    const profile = await this.verification.issuerProfile(orgId);
    if (!profile) throw new NotFoundException();
    return profile;
  }
}

/** The public keys that verify every certificate, retired ones included: `/.well-known/jwks.json`. */
@ApiTags('verification')
@Controller('.well-known')
export class JwksController {
  constructor(private readonly keys: SigningKeysService) {}

  @Public()
  @Get('jwks.json')
  @Header('Cache-Control', 'public, max-age=300')
  jwks() {
    return this.keys.publicJwks();
  }
}
