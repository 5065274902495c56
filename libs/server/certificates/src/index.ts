export * from './certificates.module';
export * from './signing-keys.service';
export * from './certificate-issuer.service';
export * from './certificate-pdf.service';
export * from './certificate-verification.service';
export * from './certificates.service';
export * from './certificate-urls';
export * from './org-certificates.service';
