import type {
  CourseSummaryView,
  CourseView,
  LessonResourceView,
  LessonView,
  ModuleView,
} from '@campus/contracts';
import type { Course, CourseModule, Lesson } from '@campus/server-db';
import { imageIdsIn, type FileRefs } from './course-files';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toSummary(
  c: Course,
  organisation: { id: string; name: string; country: string },
  files: FileRefs,
): CourseSummaryView {
  return {
    id: c.id,
    slug: c.slug,
    title: c.title,
    summary: c.summary,
    language: c.language as CourseSummaryView['language'],
    eqfLevel: c.eqfLevel,
    workloadHours: c.workloadHours,
    topics: c.topics,
    visibility: c.visibility,
    status: c.status,
    cover: (c.coverFileId && files.get(c.coverFileId)) || null,
    organisation,
    enrolmentOpensAt: iso(c.enrolmentOpensAt),
    enrolmentClosesAt: iso(c.enrolmentClosesAt),
    startsAt: iso(c.startsAt),
    endsAt: iso(c.endsAt),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/** `withContent`: lesson bodies, videos and files, for authors and enrolled learners only. */
export function toCourseView(
  c: Course,
  organisation: { id: string; name: string; country: string },
  modules: CourseModule[],
  lessons: Lesson[],
  withContent: boolean,
  files: FileRefs,
  /** Quiz lessons' quiz ids, by lesson id. */
  quizzes: ReadonlyMap<string, string> = new Map(),
  /** Resource lessons' resources (current published version), by resource id. */
  resources: ReadonlyMap<string, LessonResourceView> = new Map(),
): CourseView {
  const file = (id: string | null) => (id && files.get(id)) || null;
  const byModule = new Map<string, LessonView[]>();
  for (const l of [...lessons].sort((a, b) => a.position - b.position)) {
    const view: LessonView = {
      id: l.id,
      moduleId: l.moduleId,
      position: l.position,
      title: l.title,
      kind: l.kind,
      required: l.required,
      ...(quizzes.has(l.id) ? { quizId: quizzes.get(l.id) } : {}),
    };
    if (withContent)
      Object.assign(view, {
        body: l.body,
        videoUrl: l.videoUrl,
        videoFile: file(l.videoFileId),
        captions: file(l.captionsFileId),
        transcript: l.transcript,
        file: file(l.fileId),
        images: Object.fromEntries(
          imageIdsIn(l.body).flatMap((id) => (files.has(id) ? [[id, files.get(id)!.url]] : [])),
        ),
        ...(l.resourceId && resources.has(l.resourceId) ? { resource: resources.get(l.resourceId) } : {}),
      } satisfies Partial<LessonView>);
    byModule.set(l.moduleId, [...(byModule.get(l.moduleId) ?? []), view]);
  }
  const moduleViews: ModuleView[] = [...modules]
    .sort((a, b) => a.position - b.position)
    .map((m) => ({ id: m.id, position: m.position, title: m.title, lessons: byModule.get(m.id) ?? [] }));
  return {
    ...toSummary(c, organisation, files),
    learningOutcomes: c.learningOutcomes,
    modules: moduleViews,
  };
}
