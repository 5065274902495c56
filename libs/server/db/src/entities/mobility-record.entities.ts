import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type {
  AgreementParty,
  LearningAgreementContent,
  LogEntryMentorStatus,
  MentorActionKind,
  OutcomeRating,
  ReminderKind,
} from '@campus/contracts';

/** One version of a mobility's learning agreement; agreed when all three parties confirmed it. */
@Entity('learning_agreement_versions')
export class LearningAgreementVersion {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'mobility_id' }) mobilityId: string;
  @Column('integer') version: number;
  @Column('jsonb') content: LearningAgreementContent;
  /** An earlier version had been agreed. */
  @Column('boolean', { name: 'is_amendment', default: false }) isAmendment: boolean;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'agreed_at', nullable: true }) agreedAt: Date | null;
}

@Entity('learning_agreement_confirmations')
export class LearningAgreementConfirmation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'agreement_version_id' }) agreementVersionId: string;
  @Column('text') party: AgreementParty;
  /** NULL for the mentor, who has no account. */
  @Column('uuid', { name: 'confirmed_by', nullable: true }) confirmedBy: string | null;
  @Column('uuid', { name: 'mentor_link_id', nullable: true }) mentorLinkId: string | null;
  @CreateDateColumn({ name: 'confirmed_at', type: 'timestamptz' }) confirmedAt: Date;
}

/** One day of the logbook; the id comes from the participant's browser (offline, idempotent). */
@Entity('log_entries')
export class LogEntry {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'mobility_id' }) mobilityId: string;
  /** A plain date (`2027-03-01`). */
  @Column('date', { name: 'entry_date' }) entryDate: string;
  /** Hours × 60. */
  @Column('smallint') minutes: number;
  @Column('text') activities: string;
  @Column('uuid', { name: 'outcome_ids', array: true, default: () => "'{}'" }) outcomeIds: string[];
  @Column('text', { default: '' }) reflection: string;
  @Column('text', { name: 'mentor_status', default: 'pending' }) mentorStatus: LogEntryMentorStatus;
  @Column('text', { name: 'mentor_comment', nullable: true }) mentorComment: string | null;
  @Column('timestamptz', { name: 'mentor_reviewed_at', nullable: true }) mentorReviewedAt: Date | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt: Date;
}

/** A file attached to a log entry (a `stored_files` row of purpose `mobility-evidence`). */
@Entity('log_entry_evidence')
export class LogEntryEvidence {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'log_entry_id' }) logEntryId: string;
  @Column('uuid', { name: 'file_id' }) fileId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** An e-mailed link for the host mentor; only the SHA-256 of its token is stored. */
@Entity('mentor_links')
export class MentorLink {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'mobility_id' }) mobilityId: string;
  @Column('bytea', { name: 'token_hash' }) tokenHash: Buffer;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
  @Column('uuid', { name: 'revoked_by', nullable: true }) revokedBy: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'last_used_at', nullable: true }) lastUsedAt: Date | null;
}

/** Something the host mentor did through a link, shown to the participant and the manager. */
@Entity('mentor_actions')
export class MentorAction {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'mobility_id' }) mobilityId: string;
  @Column('uuid', { name: 'mentor_link_id', nullable: true }) mentorLinkId: string | null;
  @Column('text') action: MentorActionKind;
  @Column('integer', { name: 'agreement_version', nullable: true }) agreementVersion: number | null;
  @Column('uuid', { name: 'log_entry_id', nullable: true }) logEntryId: string | null;
  @Column('text', { nullable: true }) comment: string | null;
  @CreateDateColumn({ name: 'at', type: 'timestamptz' }) at: Date;
}

/** The mentor's final assessment (Europass Mobility section 5a). */
@Entity('mentor_assessments')
export class MentorAssessment {
  @PrimaryColumn('uuid', { name: 'mobility_id' }) mobilityId: string;
  @Column('integer', { name: 'agreement_version' }) agreementVersion: number;
  @Column('date', { name: 'actual_start' }) actualStart: string;
  @Column('date', { name: 'actual_end' }) actualEnd: string;
  @Column('jsonb') outcomes: { outcomeId: string; rating: OutcomeRating }[];
  @Column('text') statement: string;
  @Column('uuid', { name: 'mentor_link_id', nullable: true }) mentorLinkId: string | null;
  @Column('timestamptz', { name: 'submitted_at', default: () => 'now()' }) submittedAt: Date;
}

/** A reminder already sent for one occasion (so it is never sent twice). */
@Entity('sent_reminders')
export class SentReminder {
  @PrimaryColumn('text') kind: ReminderKind;
  @PrimaryColumn('text') occasion: string;
  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' }) sentAt: Date;
}
