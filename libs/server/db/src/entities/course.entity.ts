import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CourseStatus, CourseVisibility } from '@campus/contracts';

@Entity('courses')
export class Course {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('text') slug: string;
  @Column('text') title: string;
  @Column('text', { default: '' }) summary: string;
  /** A content language tag of the eight UI languages. */
  @Column('text') language: string;
  @Column('smallint', { name: 'eqf_level', nullable: true }) eqfLevel: number | null;
  @Column('integer', { name: 'workload_hours', default: 0 }) workloadHours: number;
  @Column('jsonb', { name: 'learning_outcomes', default: [] }) learningOutcomes: string[];
  @Column('text', { array: true, default: [] }) topics: string[];
  @Column('text', { default: 'public' }) visibility: CourseVisibility;
  @Column('text', { default: 'draft' }) status: CourseStatus;
  @Column('uuid', { name: 'cover_file_id', nullable: true }) coverFileId: string | null;
  @Column('timestamptz', { name: 'enrolment_opens_at', nullable: true }) enrolmentOpensAt: Date | null;
  @Column('timestamptz', { name: 'enrolment_closes_at', nullable: true }) enrolmentClosesAt: Date | null;
  @Column('timestamptz', { name: 'starts_at', nullable: true }) startsAt: Date | null;
  @Column('timestamptz', { name: 'ends_at', nullable: true }) endsAt: Date | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
