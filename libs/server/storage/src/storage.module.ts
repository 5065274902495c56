import { Module } from '@nestjs/common';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { FILE_STORAGE } from './file-storage';
import { FileDownloadsService } from './file-downloads.service';
import { FileUrls } from './file-urls';
import { LocalDiskStorage } from './local-disk.storage';

/** The file storage driver (local disk under STORAGE_DIR) and signed file URLs. Needs SERVER_CONFIG. */
@Module({
  providers: [
    {
      provide: FILE_STORAGE,
      inject: [SERVER_CONFIG],
      useFactory: (config: ServerConfig) => new LocalDiskStorage(config.STORAGE_DIR),
    },
    {
      provide: FileUrls,
      inject: [SERVER_CONFIG],
      useFactory: (config: ServerConfig) => new FileUrls(config.ACCESS_TOKEN_SECRET),
    },
    FileDownloadsService,
  ],
  exports: [FILE_STORAGE, FileUrls, FileDownloadsService],
})
export class StorageModule {}
