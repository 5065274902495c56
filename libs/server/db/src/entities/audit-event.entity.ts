import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('audit_events')
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid') id: string;
  @CreateDateColumn({ name: 'at', type: 'timestamptz' }) at: Date;
  @Column('text') action: string;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId: string | null;
  @Column('uuid', { name: 'organisation_id', nullable: true }) organisationId: string | null;
  @Column('text', { name: 'target_type', nullable: true }) targetType: string | null;
  @Column('text', { name: 'target_id', nullable: true }) targetId: string | null;
  @Column('text', { nullable: true }) ip: string | null;
  @Column('jsonb', { default: {} }) details: Record<string, unknown>;
}
