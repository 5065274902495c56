import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { certificatesApi } from '../api/certificates.api';
import { certificatesKeys } from '../api/certificates.keys';

/** A course's certificates for its trainers; revoking and re-issuing refetch it with every certificates query. */
export function useCourseCertificates(courseId: string, page: number) {
  return useQuery({
    queryKey: certificatesKeys.course(courseId, page),
    queryFn: ({ signal }) => certificatesApi.forCourse(courseId, page, signal),
    placeholderData: keepPreviousData,
  });
}

/** Keeping changes nothing public (the certificate stays valid): only the courses' lists are refetched. */
export function useKeepCertificate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => certificatesApi.keep(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: certificatesKeys.courses() }),
  });
}
