import { Module } from '@nestjs/common';
import { CoursesModule } from '@campus/server-courses';
import { NotificationsModule } from '@campus/server-notifications';
import { StorageModule } from '@campus/server-storage';
import { CertificateChangeFeed } from './certificate-change-feed';
import { CertificateExportBuilder } from './certificate-export-builder.service';
import { CertificateExportsService } from './certificate-exports.service';
import { CertificateIssuerService } from './certificate-issuer.service';
import { CertificateReviewsService } from './certificate-reviews.service';
import { CertificatePdfService } from './certificate-pdf.service';
import { CertificateVerificationService } from './certificate-verification.service';
import { CertificatesService } from './certificates.service';
import { MobilityCredentialIssuerService } from './mobility-credential-issuer.service';
import { MobilityCredentialsService } from './mobility-credentials.service';
import { OrgCertificatesService } from './org-certificates.service';
import { SigningKeysService } from './signing-keys.service';

const SERVICES = [
  CertificateChangeFeed,
  SigningKeysService,
  CertificateIssuerService,
  CertificatePdfService,
  CertificateVerificationService,
  CertificatesService,
  OrgCertificatesService,
  CertificateExportsService,
  CertificateExportBuilder,
  CertificateReviewsService,
  MobilityCredentialIssuerService,
  MobilityCredentialsService,
];

/** Signed certificates: keys, issuing (worker), PDFs, verification, holders' downloads. Needs SERVER_CONFIG. */
@Module({
  imports: [NotificationsModule, StorageModule, CoursesModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class CertificatesModule {}
