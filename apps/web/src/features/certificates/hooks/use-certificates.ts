import { useMutation, useQuery } from '@tanstack/react-query';
import { certificatesApi, type CredentialInput } from '../api/certificates.api';
import { certificatesKeys } from '../api/certificates.keys';

export function useVerification(code: string) {
  return useQuery({
    queryKey: certificatesKeys.verification(code),
    queryFn: ({ signal }) => certificatesApi.verify(code, signal),
    enabled: code !== '',
  });
}

export function useVerifyCredential() {
  return useMutation({ mutationFn: (input: CredentialInput) => certificatesApi.verifyCredential(input) });
}

export function useMyCertificates() {
  return useQuery({ queryKey: certificatesKeys.mine(), queryFn: certificatesApi.mine });
}

/** Downloads a PDF or credential with the bearer token; the caller saves the blob. */
export function useDownloadCertificateFile() {
  return useMutation({ mutationFn: (link: string) => certificatesApi.download(link) });
}
