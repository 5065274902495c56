import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type EmailStatus = 'queued' | 'sending' | 'retrying' | 'sent' | 'failed';

@Entity('email_messages')
export class EmailMessage {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') template: string;
  @Column('text') locale: string;
  @Column('text', { name: 'to_address' }) toAddress: string;
  @Column('uuid', { name: 'user_id', nullable: true }) userId: string | null;
  /** Template parameters. Links with single-use tokens live here only until the mail is sent or fails for good. */
  @Column('jsonb') params: Record<string, unknown>;
  @Column('text', { nullable: true }) subject: string | null;
  @Column('text', { default: 'queued' }) status: EmailStatus;
  @Column('integer', { default: 0 }) attempts: number;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
  /** While a worker holds the message in `sending`; a crashed worker's claim expires. */
  @Column('timestamptz', { name: 'locked_until', nullable: true }) lockedUntil: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt: Date | null;
  /** When single-use links were removed from `params` (after sending, or after the last attempt). */
  @Column('timestamptz', { name: 'scrubbed_at', nullable: true }) scrubbedAt: Date | null;
}
