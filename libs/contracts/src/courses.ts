import { z } from 'zod';
import { Locale, PageQuery } from './common';

export const COURSE_STATUSES = ['draft', 'published', 'archived'] as const;
export const CourseStatus = z.enum(COURSE_STATUSES);
export type CourseStatus = z.infer<typeof CourseStatus>;

export const COURSE_VISIBILITIES = ['public', 'organisation'] as const;
export const CourseVisibility = z.enum(COURSE_VISIBILITIES);
export type CourseVisibility = z.infer<typeof CourseVisibility>;

/** Lesson kinds built so far; video and file arrive with uploads, quiz with the quizzes issue. */
export const LESSON_KINDS = ['page', 'video'] as const;
export const LessonKind = z.enum(LESSON_KINDS);
export type LessonKind = z.infer<typeof LessonKind>;

const Slug = z
  .string()
  .trim()
  .min(3)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Use lower-case letters, digits and single hyphens.' });
const IsoInstant = z.iso.datetime({
  offset: true,
  message: 'Use an ISO 8601 date-time, e.g. 2027-03-01T09:00:00Z.',
});

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

export const CreateModuleRequest = z.object({ title: z.string().trim().min(1).max(200) });
export type CreateModuleRequest = z.infer<typeof CreateModuleRequest>;

const LessonBase = z.object({
  title: z.string().trim().min(1).max(200),
  required: z.boolean().default(true),
});
export const CreateLessonRequest = z.discriminatedUnion('kind', [
  LessonBase.extend({ kind: z.literal('page'), body: z.string().max(200_000).default('') }),
  LessonBase.extend({
    kind: z.literal('video'),
    /** An embed link (https) to a hosted video; uploaded videos come with file storage. */
    videoUrl: z.url({ protocol: /^https$/, message: 'Use an https:// link.' }),
    transcript: z.string().max(200_000).default(''),
  }),
]);
export type CreateLessonRequest = z.input<typeof CreateLessonRequest>;
export const UpdateLessonRequest = z
  .object({
    title: z.string().trim().min(1).max(200),
    required: z.boolean(),
    body: z.string().max(200_000),
    videoUrl: z.url({ protocol: /^https$/, message: 'Use an https:// link.' }),
    transcript: z.string().max(200_000),
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
  body?: string;
  videoUrl?: string | null;
  transcript?: string;
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
  organisation: { id: string; name: string; country: string };
  enrolmentOpensAt: string | null;
  enrolmentClosesAt: string | null;
  startsAt: string | null;
  endsAt: string | null;
}
export interface CourseView extends CourseSummaryView {
  learningOutcomes: string[];
  modules: ModuleView[];
  updatedAt: string;
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
