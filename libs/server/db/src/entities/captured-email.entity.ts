import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Mail received by the demo SMTP sink, so admins can read invitations and resets on a laptop. */
@Entity('captured_emails')
export class CapturedEmail {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text', { name: 'from_address' }) fromAddress: string;
  @Column('text', { name: 'to_addresses', array: true }) toAddresses: string[];
  @Column('text') subject: string;
  @Column('text') text: string;
  @Column('text', { nullable: true }) html: string | null;
  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' }) receivedAt: Date;
}
