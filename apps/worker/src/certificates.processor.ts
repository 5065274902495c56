import { Injectable, OnModuleInit } from '@nestjs/common';
import { CertificateIssuerService, CertificateReviewsService } from '@campus/server-certificates';
import { JobHandlers } from '@campus/server-jobs';

/** Thin: the certificates queue's events → the certificates domain (idempotent, so retries are safe). */
@Injectable()
export class CertificatesProcessor implements OnModuleInit {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly issuer: CertificateIssuerService,
    private readonly reviews: CertificateReviewsService,
  ) {}

  onModuleInit(): void {
    this.handlers.register('courseCompleted', ({ enrolmentId }) =>
      this.issuer.issueForEnrolment(enrolmentId),
    );
    this.handlers.register('attemptRegraded', (event) => this.reviews.flagAfterRegrade(event));
  }
}
