import { Module } from '@nestjs/common';
import { IdentityModule } from '@campus/server-identity';
import { NotificationsModule } from '@campus/server-notifications';
import { InvitationsService } from './invitations.service';
import { MembersService } from './members.service';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [IdentityModule, NotificationsModule],
  providers: [OrganisationsService, MembersService, InvitationsService],
  exports: [OrganisationsService, MembersService, InvitationsService],
})
export class OrganisationsModule {}
