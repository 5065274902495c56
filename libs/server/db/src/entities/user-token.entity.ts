import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type UserTokenPurpose = 'verify_email' | 'password_reset';

/** Single-use, expiring tokens sent by e-mail; only their SHA-256 is stored. */
@Entity('user_tokens')
export class UserToken {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('text') purpose: UserTokenPurpose;
  @Column('text', { name: 'token_hash' }) tokenHash: string;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'used_at', nullable: true }) usedAt: Date | null;
  /** A registration's own password (verify_email): set on the user only when this link is used. */
  @Column('text', { name: 'password_hash', nullable: true, select: false }) passwordHash: string | null;
  /** A registration's own name, locale and time zone, applied with its password. */
  @Column('jsonb', { nullable: true }) profile: { name: string; locale: string; timeZone: string } | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
