import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  CertificateIssuerService,
  CertificateReviewsService,
  MobilityCredentialIssuerService,
} from '@campus/server-certificates';
import { JobHandlers } from '@campus/server-jobs';

/** Thin: the certificates queue's events → the certificates domain (idempotent, so retries are safe). */
@Injectable()
export class CertificatesProcessor implements OnModuleInit {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly issuer: CertificateIssuerService,
    private readonly reviews: CertificateReviewsService,
    private readonly mobilityCredentials: MobilityCredentialIssuerService,
  ) {}

  onModuleInit(): void {
    this.handlers.register('courseCompleted', ({ enrolmentId }) =>
      this.issuer.issueForEnrolment(enrolmentId),
    );
    this.handlers.register('mobilityValidated', ({ mobilityId }) =>
      this.mobilityCredentials.issueForMobility(mobilityId),
    );
    this.handlers.register('attemptRegraded', (event) => this.reviews.flagAfterRegrade(event));
  }
}
