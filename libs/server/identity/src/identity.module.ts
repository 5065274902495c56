import { Module } from '@nestjs/common';
import { NotificationsModule } from '@campus/server-notifications';
import { AccessTokens } from './access-tokens.service';
import { ActorChangeFeed } from './actor-change-feed';
import { ActorsService } from './actors.service';
import { LoginThrottle } from './login-throttle.service';
import { PasswordChanges } from './password-changes.service';
import { PasswordResetService } from './password-reset.service';
import { PasswordHasher } from './passwords.service';
import { PlatformSettingsService } from './platform-settings.service';
import { ProfileService } from './profile.service';
import { RegistrationService } from './registration.service';
import { SessionsService } from './sessions.service';
import { UsersAdminService } from './users-admin.service';

const services = [
  AccessTokens,
  ActorChangeFeed,
  ActorsService,
  LoginThrottle,
  PasswordChanges,
  PasswordHasher,
  PasswordResetService,
  PlatformSettingsService,
  ProfileService,
  RegistrationService,
  SessionsService,
  UsersAdminService,
];

/** Users, sign-in sessions, registration, password reset. Needs SERVER_CONFIG and REDIS_CLIENT from the app. */
@Module({ imports: [NotificationsModule], providers: services, exports: services })
export class IdentityModule {}
