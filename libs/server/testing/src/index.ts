export * from './test-env';
export * from './test-config';
export * from './factories';
export * from './smtp-capture';
export * from './wait';
export { createPrivateTestDatabase, dropDatabase } from './databases';
export { pdfAttachmentNames, pdfText } from './pdf-text';
