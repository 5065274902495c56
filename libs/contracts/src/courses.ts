import { z } from 'zod';
import { IsoInstant, Locale, PageQuery } from './common';
import type { FileRef } from './files';
import type { LessonResourceView } from './resources';

export const COURSE_STATUSES = ['draft', 'published', 'archived'] as const;
export const CourseStatus = z.enum(COURSE_STATUSES);
export type CourseStatus = z.infer<typeof CourseStatus>;

export const COURSE_VISIBILITIES = ['public', 'organisation'] as const;
export const CourseVisibility = z.enum(COURSE_VISIBILITIES);
export type CourseVisibility = z.infer<typeof CourseVisibility>;

/** Quiz lessons are made with their own request (CreateQuizLessonRequest), not CreateLessonRequest. */
export const LESSON_KINDS = ['page', 'video', 'file', 'quiz', 'resource'] as const;
export const LessonKind = z.enum(LESSON_KINDS);
export type LessonKind = z.infer<typeof LessonKind>;

const Slug = z
  .string()
  .trim()
  .min(3)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Use lower-case letters, digits and single hyphens.' });

const CourseFields = z.object({
  title: z.string().trim().min(3).max(200),
  slug: Slug,
  summary: z.string().trim().max(2000).default(''),
  language: Locale,
  eqfLevel: z.number().int().min(1).max(8).nullable().default(null),
  workloadHours: z.number().int().min(0).max(2000).default(0),
  learningOutcomes: z.array(z.string().trim().min(1).max(500)).max(30).default([]),
  topics: z.array(z.string().trim().toLowerCase().min(1).max(60)).max(20).default([]),
  visibility: CourseVisibility.default('public'),
  /** An uploaded file of purpose `course-cover` from the same organisation. */
  coverFileId: z.uuid().nullable().default(null),
  enrolmentOpensAt: IsoInstant.nullable().default(null),
  enrolmentClosesAt: IsoInstant.nullable().default(null),
  startsAt: IsoInstant.nullable().default(null),
  endsAt: IsoInstant.nullable().default(null),
});

function datesInOrder(c: {
  enrolmentOpensAt?: string | null;
  enrolmentClosesAt?: string | null;
  startsAt?: string | null;
  endsAt?: string | null;
}) {
  const before = (a?: string | null, b?: string | null) => !a || !b || Date.parse(a) <= Date.parse(b);
  return before(c.enrolmentOpensAt, c.enrolmentClosesAt) && before(c.startsAt, c.endsAt);
}
const DATES_MESSAGE = {
  message: 'Dates must be in order: enrolment opens before it closes, the run starts before it ends.',
  path: ['enrolmentClosesAt'],
};

export const CreateCourseRequest = CourseFields.refine(datesInOrder, DATES_MESSAGE);
export type CreateCourseRequest = z.input<typeof CreateCourseRequest>;
export const UpdateCourseRequest = CourseFields.partial()
  .extend({ summary: z.string().trim().max(2000).optional() })
  .refine(datesInOrder, DATES_MESSAGE);
export type UpdateCourseRequest = z.input<typeof UpdateCourseRequest>;

/** Both optional: by default the copy is titled "… (copy)" with the first free `<slug>-copy[-n]`. */
export const DuplicateCourseRequest = z.object({
  title: CourseFields.shape.title.optional(),
  slug: Slug.optional(),
});
export type DuplicateCourseRequest = z.infer<typeof DuplicateCourseRequest>;

export const CreateModuleRequest = z.object({ title: z.string().trim().min(1).max(200) });
export type CreateModuleRequest = z.infer<typeof CreateModuleRequest>;

const LessonBase = z.object({
  title: z.string().trim().min(1).max(200),
  required: z.boolean().default(true),
});
const HttpsUrl = z.url({ protocol: /^https$/, message: 'Use an https:// link.' });
/** Markdown: the page itself, or the description shown above a video or a download. */
const Body = z.string().max(200_000);

/**
 * A video lesson plays either an uploaded file (`videoFileId`, purpose `lesson-video`; completed
 * automatically when watched to the end) or an embed link (`videoUrl`; completed by marking it).
 * A file lesson offers one upload (`fileId`, purpose `lesson-file`; completed when downloaded).
 */
export const CreateLessonRequest = z
  .discriminatedUnion('kind', [
    LessonBase.extend({ kind: z.literal('page'), body: Body.default('') }),
    LessonBase.extend({
      kind: z.literal('video'),
      videoUrl: HttpsUrl.nullable().default(null),
      videoFileId: z.uuid().nullable().default(null),
      captionsFileId: z.uuid().nullable().default(null),
      transcript: z.string().max(200_000).default(''),
      body: Body.default(''),
    }),
    LessonBase.extend({ kind: z.literal('file'), fileId: z.uuid(), body: Body.default('') }),
    /** Shows the library resource's current published version (completed by marking it). */
    LessonBase.extend({ kind: z.literal('resource'), resourceId: z.uuid() }),
  ])
  .superRefine((lesson, ctx) => {
    if (lesson.kind === 'video' && !lesson.videoUrl === !lesson.videoFileId)
      ctx.addIssue({
        code: 'custom',
        path: ['videoUrl'],
        message: 'Give either an uploaded video (videoFileId) or an embed link (videoUrl), not both.',
      });
  });
export type CreateLessonRequest = z.input<typeof CreateLessonRequest>;
/** Fields of another kind than the lesson's are refused; a video keeps exactly one source. */
export const UpdateLessonRequest = z
  .object({
    title: z.string().trim().min(1).max(200),
    required: z.boolean(),
    body: Body,
    videoUrl: HttpsUrl.nullable(),
    videoFileId: z.uuid().nullable(),
    captionsFileId: z.uuid().nullable(),
    transcript: z.string().max(200_000),
    fileId: z.uuid(),
  })
  .partial();
export type UpdateLessonRequest = z.infer<typeof UpdateLessonRequest>;

/** The new order of ids, complete: every current id exactly once. */
export const ReorderRequest = z.object({ ids: z.array(z.uuid()).min(1).max(500) });
export type ReorderRequest = z.infer<typeof ReorderRequest>;

export interface LessonView {
  id: string;
  moduleId: string;
  position: number;
  title: string;
  kind: LessonKind;
  required: boolean;
  /** Contents (body, video, file, images) are present in the player's and the author's views only. */
  body?: string;
  videoUrl?: string | null;
  videoFile?: FileRef | null;
  captions?: FileRef | null;
  transcript?: string;
  file?: FileRef | null;
  /** Signed URLs of the uploaded images the body links as `file:<id>`, by id. */
  images?: Record<string, string>;
  /** Quiz lessons: the quiz to open. */
  quizId?: string;
  /** Resource lessons, with contents: the resource's current published version. */
  resource?: LessonResourceView;
}
export interface ModuleView {
  id: string;
  position: number;
  title: string;
  lessons: LessonView[];
}
export interface CourseSummaryView {
  id: string;
  slug: string;
  title: string;
  summary: string;
  language: Locale;
  eqfLevel: number | null;
  workloadHours: number;
  topics: string[];
  visibility: CourseVisibility;
  status: CourseStatus;
  cover: FileRef | null;
  organisation: { id: string; name: string; country: string };
  enrolmentOpensAt: string | null;
  enrolmentClosesAt: string | null;
  startsAt: string | null;
  endsAt: string | null;
  updatedAt: string;
}
export interface CourseView extends CourseSummaryView {
  learningOutcomes: string[];
  modules: ModuleView[];
}

export const CatalogueQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  language: Locale.optional(),
  topic: z.string().trim().toLowerCase().max(60).optional(),
  eqfLevel: z.coerce.number().int().min(1).max(8).optional(),
  maxHours: z.coerce.number().int().min(0).max(2000).optional(),
});
export type CatalogueQuery = z.infer<typeof CatalogueQuery>;

export const ENROLMENT_STATUSES = ['active', 'completed'] as const;
export interface EnrolmentView {
  id: string;
  courseId: string;
  status: (typeof ENROLMENT_STATUSES)[number];
  source: 'self' | 'manager';
  progressPercent: number;
  completedLessonIds: string[];
  lastLessonId: string | null;
  completedAt: string | null;
  enrolledAt: string;
}

export const ManagerEnrolRequest = z.object({
  courseId: z.uuid(),
  userIds: z.array(z.uuid()).min(1).max(1000),
});
export type ManagerEnrolRequest = z.infer<typeof ManagerEnrolRequest>;

/** CSV with a header row holding an `email` column; each address must be a member. */
export const ManagerEnrolCsvRequest = z.object({ courseId: z.uuid(), csv: z.string().min(1).max(1_000_000) });
export type ManagerEnrolCsvRequest = z.infer<typeof ManagerEnrolCsvRequest>;

export interface ManagerEnrolResult {
  enrolled: number;
  alreadyEnrolled: number;
  failed: number;
  rows: {
    userId?: string;
    email?: string;
    line?: number;
    status: 'enrolled' | 'already_enrolled' | 'failed';
    reason?: string;
  }[];
}

export const PROGRESS_STATUSES = ['not_started', 'in_progress', 'completed'] as const;
export const ProgressQuery = PageQuery.extend({
  courseId: z.uuid().optional(),
  userId: z.uuid().optional(),
  status: z.enum(PROGRESS_STATUSES).optional(),
});
export type ProgressQuery = z.infer<typeof ProgressQuery>;

export interface ProgressRow {
  enrolmentId: string;
  userId: string;
  name: string;
  email: string;
  courseId: string;
  courseTitle: string;
  status: (typeof PROGRESS_STATUSES)[number];
  progressPercent: number;
  enrolledAt: string;
  lastActivityAt: string | null;
  completedAt: string | null;
}
