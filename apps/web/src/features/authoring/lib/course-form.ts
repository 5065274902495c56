import type { TFunction } from 'i18next';
import {
  CreateCourseRequest,
  DATE_RANGE_MESSAGE,
  type CourseVisibility,
  type CourseView,
  type FileRef,
  type Locale,
} from '@campus/contracts';
import { zodFieldErrors } from '../../../forms/zod-messages';
import { fromZonedInput, toZonedInput } from './zoned-time';

/** What the course form edits: text as typed, run dates as wall-clock time in the user's zone. */
export interface CourseFormValues {
  title: string;
  slug: string;
  summary: string;
  language: Locale;
  eqfLevel: string;
  workloadHours: string;
  learningOutcomes: string[];
  /** Comma-separated. */
  topics: string;
  visibility: CourseVisibility;
  cover: FileRef | null;
  enrolmentOpensAt: string;
  enrolmentClosesAt: string;
  startsAt: string;
  endsAt: string;
}

export const DATE_FIELDS = ['enrolmentOpensAt', 'enrolmentClosesAt', 'startsAt', 'endsAt'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

export function emptyCourseValues(language: Locale): CourseFormValues {
  return {
    title: '',
    slug: '',
    summary: '',
    language,
    eqfLevel: '',
    workloadHours: '',
    learningOutcomes: [],
    topics: '',
    visibility: 'public',
    cover: null,
    enrolmentOpensAt: '',
    enrolmentClosesAt: '',
    startsAt: '',
    endsAt: '',
  };
}

export function courseValues(course: CourseView, timeZone: string): CourseFormValues {
  return {
    title: course.title,
    slug: course.slug,
    summary: course.summary,
    language: course.language,
    eqfLevel: course.eqfLevel === null ? '' : String(course.eqfLevel),
    workloadHours: String(course.workloadHours),
    learningOutcomes: [...course.learningOutcomes],
    topics: course.topics.join(', '),
    visibility: course.visibility,
    cover: course.cover,
    enrolmentOpensAt: toZonedInput(course.enrolmentOpensAt, timeZone),
    enrolmentClosesAt: toZonedInput(course.enrolmentClosesAt, timeZone),
    startsAt: toZonedInput(course.startsAt, timeZone),
    endsAt: toZonedInput(course.endsAt, timeZone),
  };
}

/**
 * The request the form's values make, checked with the contracts' schema: `body` when valid,
 * otherwise the translated errors by field (`learningOutcomes.2` for one outcome).
 */
export function courseRequest(
  values: CourseFormValues,
  timeZone: string,
  t: TFunction<'common'>,
  /** The contracts' "dates in order" rule, in the UI language. */
  datesMessage: string,
): { body: CreateCourseRequest | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const dates = {} as Record<DateField, string | null>;
  for (const field of DATE_FIELDS) {
    const iso = fromZonedInput(values[field], timeZone);
    if (iso === undefined) errors[field] = t('validation.invalid');
    dates[field] = iso ?? null;
  }
  const hours = values.workloadHours.trim();
  const body = {
    title: values.title,
    slug: values.slug,
    summary: values.summary,
    language: values.language,
    eqfLevel: values.eqfLevel ? Number(values.eqfLevel) : null,
    workloadHours: hours === '' ? 0 : /^\d+$/.test(hours) ? Number(hours) : Number.NaN,
    learningOutcomes: values.learningOutcomes,
    topics: values.topics
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    visibility: values.visibility,
    coverFileId: values.cover?.id ?? null,
    ...dates,
  } satisfies CreateCourseRequest;
  const parsed = CreateCourseRequest.safeParse(body);
  if (!parsed.success) {
    const fromSchema = zodFieldErrors(parsed.error, body, t);
    // an outcome left empty is "required", whatever zod calls it
    for (const key of Object.keys(fromSchema))
      if (/^learningOutcomes\.\d+$/.test(key) && !body.learningOutcomes[Number(key.split('.')[1])]?.trim())
        fromSchema[key] = t('validation.required');
    for (const issue of parsed.error.issues)
      if (issue.code === 'custom')
        fromSchema[issue.path.join('.')] =
          issue.message === DATE_RANGE_MESSAGE ? t('validation.dateRange') : datesMessage;
    Object.assign(errors, fromSchema, { ...errors });
  }
  return { body: Object.keys(errors).length ? null : body, errors };
}
