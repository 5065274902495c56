import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { DateRange, MobilityActivityType, MobilityStatus } from '@campus/contracts';

/** A participant of the sending organisation abroad on an Erasmus+ KA1 activity. */
@Entity('mobilities')
export class Mobility {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** The sending organisation. */
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'participant_id' }) participantId: string;
  @Column('text', { name: 'activity_type' }) activityType: MobilityActivityType;
  /** Grant agreement number. */
  @Column('text', { name: 'project_number' }) projectNumber: string;
  /** The mobility id, unique within the project of the sending organisation. */
  @Column('text', { name: 'mobility_code' }) mobilityCode: string;
  @Column('text', { name: 'host_name' }) hostName: string;
  @Column('char', { name: 'host_country', length: 2 }) hostCountry: string;
  @Column('text', { name: 'host_city' }) hostCity: string;
  @Column('text', { name: 'host_address' }) hostAddress: string;
  @Column('text', { name: 'host_website' }) hostWebsite: string;
  @Column('text', { name: 'host_oid', nullable: true }) hostOid: string | null;
  @Column('text', { name: 'mentor_name' }) mentorName: string;
  @Column('text', { name: 'mentor_role' }) mentorRole: string;
  @Column('text', { name: 'mentor_email' }) mentorEmail: string;
  @Column('text', { name: 'mentor_language' }) mentorLanguage: string;
  /** Plain dates (`2027-03-01`), read back as strings. */
  @Column('date', { name: 'start_date' }) startDate: string;
  @Column('date', { name: 'end_date' }) endDate: string;
  @Column('smallint', { name: 'travel_days_before', default: 0 }) travelDaysBefore: number;
  @Column('smallint', { name: 'travel_days_after', default: 0 }) travelDaysAfter: number;
  @Column('text') transport: string;
  @Column('boolean', { name: 'green_travel', default: false }) greenTravel: boolean;
  @Column('text', { name: 'distance_band' }) distanceBand: string;
  @Column('jsonb', { default: [] }) interruptions: DateRange[];
  @Column('text', { default: 'draft' }) status: MobilityStatus;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** Who moved a mobility from one status to another, when, and why. */
@Entity('mobility_status_changes')
export class MobilityStatusChange {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'mobility_id' }) mobilityId: string;
  /** NULL on the row recording the creation of the draft. */
  @Column('text', { name: 'from_status', nullable: true }) fromStatus: MobilityStatus | null;
  @Column('text', { name: 'to_status' }) toStatus: MobilityStatus;
  @Column('uuid', { name: 'changed_by', nullable: true }) changedBy: string | null;
  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' }) changedAt: Date;
  @Column('text', { nullable: true }) note: string | null;
}
