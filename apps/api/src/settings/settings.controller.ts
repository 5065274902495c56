import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { PublicSettings } from '@campus/contracts';
import { PlatformSettingsService } from '@campus/server-identity';
import { Public } from '../http/auth.decorators';

@ApiTags('settings')
@Public()
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: PlatformSettingsService) {}

  /** What the sign-in and registration pages need to know before anyone signs in. */
  @Get('public')
  get(): Promise<PublicSettings> {
    return this.settings.get();
  }
}
