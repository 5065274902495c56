import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CatalogueQuery, EnrolmentView } from '@campus/contracts';
import { useSession } from '../../auth';
import { coursesApi } from '../api/courses.api';
import { coursesKeys } from '../api/courses.keys';

/** Waits for the start-up session check, so signed-in people get their organisation's courses too. */
export function useCatalogue(query: Partial<CatalogueQuery>) {
  const { status, user } = useSession();
  return useQuery({
    queryKey: coursesKeys.catalogue(query, user?.id ?? null),
    queryFn: ({ signal }) => coursesApi.catalogue(query, signal),
    enabled: status !== 'unknown',
    placeholderData: keepPreviousData,
  });
}

export function useCourse(slug: string) {
  const { status, user } = useSession();
  return useQuery({
    queryKey: coursesKeys.course(slug, user?.id ?? null),
    queryFn: () => coursesApi.course(slug),
    enabled: status !== 'unknown' && slug !== '',
  });
}

/** The signed-in user's enrolment in a course (null: not enrolled). */
export function useEnrolment(courseId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: coursesKeys.enrolment(courseId ?? ''),
    queryFn: () => coursesApi.enrolment(courseId ?? ''),
    enabled: enabled && !!courseId,
  });
}

export function useLearnCourse(courseId: string) {
  return useQuery({ queryKey: coursesKeys.learn(courseId), queryFn: () => coursesApi.learn(courseId) });
}

export function useMyEnrolments() {
  return useQuery({ queryKey: coursesKeys.myEnrolments(), queryFn: coursesApi.myEnrolments });
}

function useStoreEnrolment() {
  const queryClient = useQueryClient();
  return (enrolment: EnrolmentView) => {
    queryClient.setQueryData(coursesKeys.enrolment(enrolment.courseId), enrolment);
    void queryClient.invalidateQueries({ queryKey: coursesKeys.myEnrolments() });
  };
}

export function useEnrol() {
  const store = useStoreEnrolment();
  return useMutation({ mutationFn: (courseId: string) => coursesApi.enrol(courseId), onSuccess: store });
}

export function useCompleteLesson(courseId: string) {
  const store = useStoreEnrolment();
  return useMutation({
    mutationFn: (lessonId: string) => coursesApi.complete(courseId, lessonId),
    onSuccess: store,
  });
}
