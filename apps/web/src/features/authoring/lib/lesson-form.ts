import type { TFunction } from 'i18next';
import {
  CreateLessonRequest,
  UpdateLessonRequest,
  type FileRef,
  type LessonKind,
  type LessonView,
} from '@campus/contracts';
import { zodFieldErrors } from '../../../forms/zod-messages';

export type VideoSource = 'upload' | 'link';

/** What the lesson editor edits; the fields of the other kinds are kept while switching kind. */
/** Quiz lessons have their own editor (quiz settings and questions). */
export type EditableLessonKind = Exclude<LessonKind, 'quiz'>;

export interface LessonFormValues {
  kind: EditableLessonKind;
  title: string;
  required: boolean;
  /** A page's Markdown, or the description above a video or a download. */
  body: string;
  videoSource: VideoSource;
  videoUrl: string;
  videoFile: FileRef | null;
  captions: FileRef | null;
  transcript: string;
  file: FileRef | null;
  /** A resource lesson's library resource (title null when it is no longer available). */
  resource: { id: string; title: string | null } | null;
}

export function emptyLessonValues(kind: EditableLessonKind = 'page'): LessonFormValues {
  return {
    kind,
    title: '',
    required: true,
    body: '',
    videoSource: 'upload',
    videoUrl: '',
    videoFile: null,
    captions: null,
    transcript: '',
    file: null,
    resource: null,
  };
}

export function lessonValues(lesson: LessonView & { kind: EditableLessonKind }): LessonFormValues {
  return {
    kind: lesson.kind,
    title: lesson.title,
    required: lesson.required,
    body: lesson.body ?? '',
    videoSource: lesson.videoUrl ? 'link' : 'upload',
    videoUrl: lesson.videoUrl ?? '',
    videoFile: lesson.videoFile ?? null,
    captions: lesson.captions ?? null,
    transcript: lesson.transcript ?? '',
    file: lesson.file ?? null,
    resource: lesson.resource
      ? { id: lesson.resource.id, title: lesson.resource.available ? lesson.resource.title : null }
      : null,
  };
}

export interface LessonMessages {
  chooseVideo: string;
  chooseFile: string;
  httpsOnly: string;
  chooseResource: string;
}

type Result<B> = { body: B | null; errors: Record<string, string> };

/** Only the chosen kind's fields, and only one video source: what the API accepts. */
function fields(v: LessonFormValues) {
  const base = { title: v.title, required: v.required, body: v.body };
  const upload = v.videoSource === 'upload';
  switch (v.kind) {
    case 'page':
      return { kind: 'page' as const, ...base };
    case 'video':
      return {
        kind: 'video' as const,
        ...base,
        videoUrl: upload ? null : v.videoUrl.trim(),
        videoFileId: upload ? (v.videoFile?.id ?? null) : null,
        captionsFileId: upload ? (v.captions?.id ?? null) : null,
        transcript: v.transcript,
      };
    case 'file':
      return { kind: 'file' as const, ...base, fileId: v.file?.id };
    case 'resource':
      // The resource's own text is shown: a resource lesson has no body.
      return { kind: 'resource' as const, title: v.title, required: v.required, resourceId: v.resource?.id };
  }
}

function check<B>(
  schema: typeof CreateLessonRequest | typeof UpdateLessonRequest,
  body: Record<string, unknown>,
  v: LessonFormValues,
  t: TFunction<'common'>,
  m: LessonMessages,
): Result<B> {
  const errors: Record<string, string> = {};
  if (v.kind === 'video' && v.videoSource === 'upload' && !v.videoFile) errors.videoFileId = m.chooseVideo;
  if (v.kind === 'video' && v.videoSource === 'link' && !v.videoUrl.trim())
    errors.videoUrl = t('validation.required');
  if (v.kind === 'file' && !v.file) errors.fileId = m.chooseFile;
  if (v.kind === 'resource' && !v.resource) errors.resourceId = m.chooseResource;
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const found = zodFieldErrors(parsed.error, body, t);
    if (found.videoUrl && v.videoUrl.trim()) found.videoUrl = m.httpsOnly;
    Object.assign(errors, found, { ...errors });
  }
  return { body: Object.keys(errors).length ? null : (body as B), errors };
}

export function createLessonRequest(
  v: LessonFormValues,
  t: TFunction<'common'>,
  m: LessonMessages,
): Result<CreateLessonRequest> {
  return check<CreateLessonRequest>(CreateLessonRequest, fields(v), v, t, m);
}

/** The kind never changes after creation; fields of another kind are not sent. */
export function updateLessonRequest(
  v: LessonFormValues,
  t: TFunction<'common'>,
  m: LessonMessages,
): Result<UpdateLessonRequest> {
  const { kind: _kind, ...rest } = fields(v);
  // The resource is chosen when the lesson is made; only its title and "required" change later.
  if ('resourceId' in rest) delete rest.resourceId;
  return check<UpdateLessonRequest>(UpdateLessonRequest, rest, v, t, m);
}

/** `![alt](file:id)` put into text at the cursor, on a line of its own; returns the text and the new cursor. */
export function insertImage(text: string, cursor: number, alt: string, fileId: string) {
  const at = Math.max(0, Math.min(text.length, cursor));
  const before = text.slice(0, at);
  const after = text.slice(at);
  const safeAlt = alt.replace(/[[\]\n]/g, ' ').trim();
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after === '' || after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  const image = `![${safeAlt}](file:${fileId})`;
  const next = `${before}${lead}${image}${trail}${after}`;
  return { text: next, cursor: before.length + lead.length + image.length };
}
