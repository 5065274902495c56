import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job to enqueue, written in the same transaction as the change that causes it. The relay moves
 * pending rows to BullMQ under `job_id` (stable, so a resend merges) and marks them sent.
 */
@Entity('outbox_events')
export class OutboxEvent {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** A key of `Jobs` in @campus/contracts. */
  @Column('text', { name: 'job' }) job: string;
  @Column('jsonb') payload: Record<string, unknown>;
  @Column('text', { name: 'job_id' }) jobId: string;
  @Column('text', { default: 'pending' }) status: 'pending' | 'sent';
  @Column('integer', { default: 0 }) attempts: number;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
  @Column('timestamptz', { name: 'available_at', default: () => 'now()' }) availableAt: Date;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt: Date | null;
}
