export { certificatesApi } from './api/certificates.api';
export { certificatesKeys } from './api/certificates.keys';
export { VerificationResult } from './components/verification-result';
export { FileCheck, FileVerificationResult } from './components/file-check';
export { VerifyView, VerifyCodeView } from './components/verify-view';
export { MyCertificates } from './components/my-certificates';
export { OrgCertificatesView } from './components/org-certificates-view';
