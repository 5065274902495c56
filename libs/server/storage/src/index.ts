export * from './file-storage';
export * from './file-urls';
export * from './local-disk.storage';
export * from './sniff';
export * from './storage.module';
export * from './upload-inspector';
export * from './file-downloads.service';
