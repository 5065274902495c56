import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Soft-deleted (deleted_at) so learners' progress on a removed lesson is kept. */
@Entity('lessons')
export class Lesson {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'course_id' }) courseId: string;
  @Column('uuid', { name: 'module_id' }) moduleId: string;
  @Column('integer') position: number;
  @Column('text') title: string;
  @Column('text') kind: 'page' | 'video' | 'file' | 'quiz' | 'resource';
  @Column('boolean', { default: true }) required: boolean;
  /** Markdown: the page, or the description above a video or a download. */
  @Column('text', { default: '' }) body: string;
  @Column('text', { name: 'video_url', nullable: true }) videoUrl: string | null;
  @Column('uuid', { name: 'video_file_id', nullable: true }) videoFileId: string | null;
  @Column('uuid', { name: 'captions_file_id', nullable: true }) captionsFileId: string | null;
  @Column('text', { default: '' }) transcript: string;
  /** The download of a file lesson. */
  @Column('uuid', { name: 'file_id', nullable: true }) fileId: string | null;
  /** The library resource a resource lesson shows (its current published version). */
  @Column('uuid', { name: 'resource_id', nullable: true }) resourceId: string | null;
  @Column('timestamptz', { name: 'deleted_at', nullable: true }) deletedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
