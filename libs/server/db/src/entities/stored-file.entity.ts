import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { FilePurpose } from '@campus/contracts';

/** An uploaded file's metadata; the bytes are in the storage driver under `storageKey`. */
@Entity('stored_files')
export class StoredFile {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'course_id', nullable: true }) courseId: string | null;
  @Column('text') purpose: FilePurpose;
  @Column('text', { name: 'storage_key' }) storageKey: string;
  @Column('text', { name: 'original_name' }) originalName: string;
  /** Sniffed from the content, never taken from the client. */
  @Column('text', { name: 'content_type' }) contentType: string;
  /** bigint comes back from pg as a string; the transformer keeps it a number (files < 2^53 bytes). */
  @Column('bigint', {
    name: 'size_bytes',
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  sizeBytes: number;
  @Column('text') sha256: string;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
