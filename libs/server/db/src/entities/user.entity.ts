import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Stored lower-cased; a unique index on lower(email) keeps it unique ignoring case. */
  @Column('text') email: string;
  @Column('text') name: string;
  @Column('text', { default: 'en' }) locale: string;
  @Column('text', { name: 'time_zone', default: 'Europe/Brussels' }) timeZone: string;
  @Column('text', { name: 'password_hash', nullable: true, select: false }) passwordHash: string | null;
  @Column('boolean', { default: true }) active: boolean;
  @Column('boolean', { name: 'is_platform_admin', default: false }) isPlatformAdmin: boolean;
  @Column('timestamptz', { name: 'email_verified_at', nullable: true }) emailVerifiedAt: Date | null;
  /** Goes up with every password change or reset: access tokens issued under an older one stop working. */
  @Column('integer', { name: 'credentials_version', default: 0 }) credentialsVersion: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
