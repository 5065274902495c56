import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CourseView,
  CreateCourseRequest,
  CreateLessonRequest,
  CreateQuizLessonRequest,
  FilePurpose,
  UpdateCourseRequest,
  UpdateLessonRequest,
} from '@campus/contracts';
import { coursesKeys } from '../../courses';
import { authoringApi, type StatusAction } from '../api/authoring.api';
import { authoringKeys } from '../api/authoring.keys';

export function useOrgCourses(orgId: string) {
  return useQuery({ queryKey: authoringKeys.org(orgId), queryFn: () => authoringApi.list(orgId) });
}

export function useAuthoringCourse(courseId: string) {
  return useQuery({ queryKey: authoringKeys.course(courseId), queryFn: () => authoringApi.get(courseId) });
}

/**
 * Every authoring change answers the whole course: it replaces the cached course, and the lists
 * (the organisation's courses, the catalogue) are fetched again when next shown.
 */
function useStoreCourse() {
  const queryClient = useQueryClient();
  return (course: CourseView | undefined, courseId: string) => {
    if (course) queryClient.setQueryData(authoringKeys.course(course.id), course);
    else void queryClient.invalidateQueries({ queryKey: authoringKeys.course(courseId) });
    void queryClient.invalidateQueries({ queryKey: [...authoringKeys.all, 'org'] });
    void queryClient.invalidateQueries({ queryKey: coursesKeys.all });
  };
}

function useCourseMutation<V>(courseId: string, fn: (variables: V) => Promise<CourseView | undefined>) {
  const store = useStoreCourse();
  return useMutation({ mutationFn: fn, onSuccess: (course) => store(course, courseId) });
}

export function useCreateCourse(orgId: string) {
  const store = useStoreCourse();
  return useMutation({
    mutationFn: (body: CreateCourseRequest) => authoringApi.create(orgId, body),
    onSuccess: (course) => store(course, course.id),
  });
}

export function useUpdateCourse(courseId: string) {
  return useCourseMutation(courseId, (body: UpdateCourseRequest) => authoringApi.update(courseId, body));
}

export function useCourseStatus(courseId: string) {
  return useCourseMutation(courseId, (action: StatusAction) => authoringApi.setStatus(courseId, action));
}

export function useDuplicateCourse() {
  const store = useStoreCourse();
  return useMutation({
    mutationFn: (courseId: string) => authoringApi.duplicate(courseId),
    onSuccess: (course) => store(course, course.id),
  });
}

export function useAddModule(courseId: string) {
  return useCourseMutation(courseId, (title: string) => authoringApi.addModule(courseId, { title }));
}

export function useRenameModule(courseId: string) {
  return useCourseMutation(courseId, ({ moduleId, title }: { moduleId: string; title: string }) =>
    authoringApi.renameModule(moduleId, { title }),
  );
}

export function useDeleteModule(courseId: string) {
  return useCourseMutation(courseId, (moduleId: string) => authoringApi.deleteModule(moduleId));
}

export function useReorderModules(courseId: string) {
  return useCourseMutation(courseId, (ids: string[]) => authoringApi.reorderModules(courseId, ids));
}

export function useReorderLessons(courseId: string) {
  return useCourseMutation(courseId, ({ moduleId, ids }: { moduleId: string; ids: string[] }) =>
    authoringApi.reorderLessons(moduleId, ids),
  );
}

export function useAddLesson(courseId: string) {
  return useCourseMutation(courseId, ({ moduleId, body }: { moduleId: string; body: CreateLessonRequest }) =>
    authoringApi.addLesson(moduleId, body),
  );
}

export function useAddQuizLesson(courseId: string) {
  return useCourseMutation(
    courseId,
    ({ moduleId, body }: { moduleId: string; body: CreateQuizLessonRequest }) =>
      authoringApi.addQuizLesson(moduleId, body),
  );
}

export function useUpdateLesson(courseId: string) {
  return useCourseMutation(courseId, ({ lessonId, body }: { lessonId: string; body: UpdateLessonRequest }) =>
    authoringApi.updateLesson(lessonId, body),
  );
}

export function useDeleteLesson(courseId: string) {
  return useCourseMutation(courseId, (lessonId: string) => authoringApi.deleteLesson(lessonId));
}

export function useUpload(courseId: string, purpose: FilePurpose) {
  return useMutation({ mutationFn: (file: File) => authoringApi.upload(courseId, purpose, file) });
}
