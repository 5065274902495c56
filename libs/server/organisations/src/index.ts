export * from './organisations.module';
export * from './organisations.service';
export * from './members.service';
export * from './invitations.service';
