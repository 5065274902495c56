import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { FileDownloadsService } from '@campus/server-storage';
import { Public } from '../http/auth.decorators';
import { UuidPipe } from '../http/uuid.pipe';

class SignedFileQuery extends createZodDto(
  z.object({ expires: z.coerce.number().int().min(0), signature: z.string().min(1).max(100) }),
) {}

/** Purposes whose files open in the page (img, video, track); everything else downloads. */
const INLINE = new Set(['course-cover', 'lesson-image', 'lesson-video', 'lesson-captions']);

/**
 * Inline or download. Logbook evidence mixes photos (shown in the logbook, stored without their
 * metadata) with PDFs and office documents: only its images open inline.
 */
function disposition(file: { purpose: string; contentType: string }): 'inline' | 'attachment' {
  if (INLINE.has(file.purpose)) return 'inline';
  return file.purpose === 'mobility-evidence' && file.contentType.startsWith('image/')
    ? 'inline'
    : 'attachment';
}

/**
 * Files behind signed URLs (see FileUrls): no sign-in, because <img> and <video> cannot send the
 * token; the signature proves the URL came in a view built for someone allowed to see the file.
 * Supports single byte ranges so videos can seek.
 */
@ApiTags('files')
@Controller('files')
export class FilesController {
  constructor(private readonly downloads: FileDownloadsService) {}

  @Public()
  @Get(':fileId')
  async serve(
    @Param('fileId', UuidPipe) fileId: string,
    @Query() query: SignedFileQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const d = await this.downloads.open(fileId, query.expires, query.signature, req.headers.range);
    const size = d.file.sizeBytes;
    void reply
      .header('Accept-Ranges', 'bytes')
      .header('Cache-Control', `private, max-age=${d.maxAgeSeconds}`)
      .header('X-Content-Type-Options', 'nosniff')
      // Opened directly, a file can never run script in our origin.
      .header('Content-Security-Policy', "default-src 'none'; media-src 'self'; img-src 'self'; sandbox")
      .header('Content-Disposition', dispositionHeader(disposition(d.file), d.file.originalName));
    if (d.unsatisfiable) {
      await reply.code(416).header('Content-Range', `bytes */${size}`).send();
      return;
    }
    void reply.type(d.file.contentType);
    if (d.range) {
      void reply
        .code(206)
        .header('Content-Range', `bytes ${d.range.start}-${d.range.end}/${size}`)
        .header('Content-Length', d.range.end - d.range.start + 1);
    } else void reply.header('Content-Length', size);
    await reply.send(d.stream);
  }
}

/** RFC 6266: an ASCII fallback name plus the exact UTF-8 name (Greek and accented names survive). */
export function dispositionHeader(type: 'inline' | 'attachment', name: string): string {
  const ascii =
    name
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '_') || 'file';
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
