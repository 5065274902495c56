import { z } from 'zod';

/**
 * What an uploaded file is for. The purpose decides the size limit, the accepted types (checked by
 * sniffing the content, not by trusting the name) and how the file is served (inline or download).
 */
export const FILE_PURPOSES = [
  'course-cover',
  'lesson-image',
  'lesson-video',
  'lesson-captions',
  'lesson-file',
  'mobility-evidence',
  'resource-file',
] as const;
export const FilePurpose = z.enum(FILE_PURPOSES);
export type FilePurpose = z.infer<typeof FilePurpose>;

const MB = 1024 * 1024;
const IMAGES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;

/** Content types a sniffed upload may have; SVG and HTML are never accepted (they can carry scripts). */
export const UPLOAD_RULES = {
  'course-cover': { maxBytes: 5 * MB, types: IMAGES, extensions: '.png,.jpg,.jpeg,.webp,.gif' },
  'lesson-image': { maxBytes: 5 * MB, types: IMAGES, extensions: '.png,.jpg,.jpeg,.webp,.gif' },
  'lesson-video': { maxBytes: 500 * MB, types: ['video/webm', 'video/mp4'], extensions: '.webm,.mp4' },
  'lesson-captions': { maxBytes: 1 * MB, types: ['text/vtt'], extensions: '.vtt' },
  'lesson-file': {
    maxBytes: 50 * MB,
    types: [
      'application/pdf',
      ...IMAGES,
      'text/plain',
      'text/csv',
      'application/zip',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      'application/vnd.oasis.opendocument.text',
      'application/vnd.oasis.opendocument.spreadsheet',
      'application/vnd.oasis.opendocument.presentation',
    ],
    extensions: '.pdf,.png,.jpg,.jpeg,.webp,.gif,.txt,.csv,.zip,.docx,.xlsx,.pptx,.odt,.ods,.odp',
  },
  /** Logbook evidence from a phone abroad: photos (location metadata removed), PDFs, office documents. */
  'mobility-evidence': {
    maxBytes: 20 * MB,
    types: [
      'application/pdf',
      'image/png',
      'image/jpeg',
      'image/webp',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      'application/vnd.oasis.opendocument.text',
      'application/vnd.oasis.opendocument.spreadsheet',
      'application/vnd.oasis.opendocument.presentation',
    ],
    extensions: '.pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.pptx,.odt,.ods,.odp',
  },
  /** A library document or template: PDF and office documents only. */
  'resource-file': {
    maxBytes: 50 * MB,
    types: [
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      'application/vnd.oasis.opendocument.text',
      'application/vnd.oasis.opendocument.spreadsheet',
      'application/vnd.oasis.opendocument.presentation',
    ],
    extensions: '.pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp',
  },
} as const satisfies Record<FilePurpose, { maxBytes: number; types: readonly string[]; extensions: string }>;

/**
 * The purposes of a course's files (evidence belongs to a logbook and library files to the resource
 * library, each uploaded through its own route).
 */
export const CourseFilePurpose = FilePurpose.exclude(['mobility-evidence', 'resource-file']);
export type CourseFilePurpose = z.infer<typeof CourseFilePurpose>;

/** `POST /api/authoring/courses/{courseId}/files?purpose=…`, multipart/form-data with one `file` field. */
export const UploadQuery = z.object({ purpose: CourseFilePurpose });
export type UploadQuery = z.infer<typeof UploadQuery>;

/**
 * A stored file as the caller may fetch it. `url` is signed and expires (hours, not days): it is
 * handed only to people allowed to see the file, so `<img>`, `<video>` and downloads work without
 * an Authorization header.
 */
export interface FileRef {
  id: string;
  name: string;
  contentType: string;
  size: number;
  url: string;
}

/** How a page lesson's Markdown points at an uploaded image: `![Alt text](file:<id>)`. */
export const MARKDOWN_FILE_LINK = /\(file:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/gi;
