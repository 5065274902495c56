export * from './signing-keys';
export * from './open-badge-credential';
export * from './credential-jwt';
export * from './status-list';
export * from './verification-code';
export * from './certificate-pdf';
export * from './pdf-attachment';
export * from './verify-certificate-file';
