import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import {
  DomainError,
  LOG_EVIDENCE_MAX,
  notFound,
  UPLOAD_RULES,
  type LogEvidenceView,
} from '@campus/contracts';
import { LogEntryEvidence, StoredFile, type Mobility } from '@campus/server-db';
import type { Actor } from '@campus/server-identity';
import { cleanFileName, FILE_STORAGE, UploadInspector, type FileStorage } from '@campus/server-storage';
import { LOGBOOK_WRITABLE, LogbookService } from './logbook.service';
import {
  STRIP_LIMITS,
  stripImageMetadata,
  strippableTypeOf,
  type StrippableImageType,
} from './strip-image-metadata';

export interface IncomingEvidence {
  fileName: string | undefined;
  content: Readable;
}

const RULE = UPLOAD_RULES['mobility-evidence'];

/**
 * Evidence files of log entries: photos, PDFs and office documents from a phone abroad. Uploads
 * stream through the inspector (413 past the size limit, 415 for a type the purpose does not take,
 * judged by content); photos are held in memory (at most the size limit) and stored only once their
 * location and other metadata are removed, so those bytes never reach storage. Files belong to the
 * mobility's sending organisation and are served through signed URLs like every other file.
 */
@Injectable()
export class LogbookEvidenceService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly logbook: LogbookService,
  ) {}

  async upload(
    actor: Actor,
    mobilityId: string,
    entryId: string,
    incoming: IncomingEvidence,
  ): Promise<LogEvidenceView> {
    // Refused before a byte is stored when the entry cannot take it; checked again under lock below.
    const { mobility } = await this.ds.transaction((m) =>
      this.writableEntry(m, actor, mobilityId, entryId, 1),
    );
    const id = randomUUID();
    const key = `orgs/${mobility.organisationId}/files/${id}`;
    const fileName = cleanFileName(incoming.fileName);
    const inspector = new UploadInspector(RULE, fileName);
    const cleaner = new MetadataCleaner(RULE.maxBytes);
    try {
      await this.storage.write(key, incoming.content, inspector, cleaner);
      return await this.ds.transaction(async (m) => {
        await this.writableEntry(m, actor, mobilityId, entryId, 1);
        await m.insert(StoredFile, {
          id,
          organisationId: mobility.organisationId,
          courseId: null,
          purpose: 'mobility-evidence',
          storageKey: key,
          originalName: fileName,
          contentType: inspector.contentType!,
          sizeBytes: cleaner.size,
          sha256: cleaner.sha256,
          createdBy: actor.userId,
        });
        const evidence = await m.save(m.create(LogEntryEvidence, { logEntryId: entryId, fileId: id }));
        await this.changed(m, entryId);
        return this.logbook.evidenceView({
          evidenceId: evidence.id,
          id,
          name: fileName,
          contentType: inspector.contentType!,
          size: cleaner.size,
        });
      });
    } catch (err) {
      await this.storage.remove(key);
      throw err;
    }
  }

  async remove(actor: Actor, mobilityId: string, entryId: string, evidenceId: string): Promise<void> {
    const key = await this.ds.transaction(async (m) => {
      await this.writableEntry(m, actor, mobilityId, entryId, 0);
      const [file]: { fileId: string; key: string }[] = await m.query(
        `SELECT f.id AS "fileId", f.storage_key AS key FROM log_entry_evidence ev
           JOIN stored_files f ON f.id = ev.file_id
          WHERE ev.id = $1 AND ev.log_entry_id = $2`,
        [evidenceId, entryId],
      );
      if (!file) throw notFound('Evidence file');
      await m.delete(LogEntryEvidence, { id: evidenceId });
      // The row goes with it, so signed URLs already handed out stop working at once.
      await m.delete(StoredFile, { id: file.fileId });
      await this.changed(m, entryId);
      return file.key;
    });
    await this.storage.remove(key);
  }

  /**
   * The caller's own entry, locked, while the mobility takes changes and the mentor has not
   * confirmed it; with `adding` files, room for them under LOG_EVIDENCE_MAX.
   */
  private async writableEntry(
    m: EntityManager,
    actor: Actor,
    mobilityId: string,
    entryId: string,
    adding: number,
  ): Promise<{ mobility: Mobility }> {
    const mobility = await this.logbook.ownMobility(m, actor, mobilityId, true);
    const entry = await this.logbook.lockEntry(m, mobility.id, entryId);
    if (!entry) throw notFound('Log entry');
    if (!LOGBOOK_WRITABLE.includes(mobility.status)) {
      throw new DomainError(
        'LOGBOOK_CLOSED',
        'The logbook of this mobility is closed: evidence can no longer change.',
      );
    }
    if (entry.mentorStatus === 'confirmed') {
      throw new DomainError(
        'LOG_ENTRY_CONFIRMED',
        'The host mentor confirmed this entry: its evidence can no longer change.',
      );
    }
    if (adding) {
      const [{ n }] = await m.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM log_entry_evidence WHERE log_entry_id = $1`,
        [entryId],
      );
      if (n + adding > LOG_EVIDENCE_MAX) {
        throw new DomainError('CONFLICT', `An entry holds at most ${LOG_EVIDENCE_MAX} evidence files.`, {
          errors: [{ field: 'file', message: `An entry holds at most ${LOG_EVIDENCE_MAX} evidence files.` }],
        });
      }
    }
    return { mobility };
  }

  /** Evidence is part of the entry: a commented entry goes back to the mentor. */
  private async changed(m: EntityManager, entryId: string): Promise<void> {
    await m.query(
      `UPDATE log_entries SET updated_at = now(),
         mentor_status = CASE WHEN mentor_status = 'commented' THEN 'pending' ELSE mentor_status END
       WHERE id = $1`,
      [entryId],
    );
  }
}

/**
 * Sits after the inspector: a JPEG, PNG or WebP is collected (the inspector has capped its size)
 * and passed on only once stripped of its metadata; anything else streams through untouched.
 * Counts and hashes what it passes on, which is what storage keeps.
 */
class MetadataCleaner extends Transform {
  size = 0;
  private readonly hash = createHash('sha256');
  private held: Buffer[] = [];
  private heldBytes = 0;
  private image: StrippableImageType | null | undefined;

  constructor(private readonly maxBytes: number) {
    super();
  }

  get sha256(): string {
    return this.hash.copy().digest('hex');
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (this.image === null) return done(null, this.counted(chunk));
    this.held.push(chunk);
    this.heldBytes += chunk.length;
    if (this.image === undefined && this.heldBytes >= 12) {
      this.image = strippableTypeOf(Buffer.concat(this.held));
      if (this.image === null) return done(null, this.release());
    }
    done();
  }

  override _flush(done: TransformCallback): void {
    try {
      const image = this.image ?? strippableTypeOf(Buffer.concat(this.held));
      if (!image) return done(null, this.release());
      const clean = stripImageMetadata(Buffer.concat(this.held), image, {
        ...STRIP_LIMITS,
        maxBytes: this.maxBytes,
      });
      this.held = [];
      done(null, this.counted(clean));
    } catch (err) {
      done(err as Error);
    }
  }

  private release(): Buffer {
    const all = Buffer.concat(this.held);
    this.held = [];
    return this.counted(all);
  }

  private counted(chunk: Buffer): Buffer {
    this.size += chunk.length;
    this.hash.update(chunk);
    return chunk;
  }
}
