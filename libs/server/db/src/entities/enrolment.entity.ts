import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('enrolments')
export class Enrolment {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('uuid', { name: 'course_id' }) courseId: string;
  @Column('text') source: 'self' | 'manager';
  @Column('uuid', { name: 'enrolled_by', nullable: true }) enrolledBy: string | null;
  @Column('text', { default: 'active' }) status: 'active' | 'completed';
  @Column('smallint', { name: 'progress_percent', default: 0 }) progressPercent: number;
  @Column('uuid', { name: 'last_lesson_id', nullable: true }) lastLessonId: string | null;
  @Column('timestamptz', { name: 'last_activity_at', nullable: true }) lastActivityAt: Date | null;
  @Column('timestamptz', { name: 'completed_at', nullable: true }) completedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
