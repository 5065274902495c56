/** Every public URL a certificate carries or links to, from PUBLIC_URL (no trailing slash). */
export function certificateUrls(base: string) {
  return {
    issuer: (organisationId: string) => `${base}/api/issuers/${organisationId}`,
    course: (slug: string) => `${base}/courses/${slug}`,
    statusList: (listId: string) => `${base}/api/credentials/status/${listId}`,
    verify: (code: string) => `${base}/verify/${code}`,
    myCertificates: () => `${base}/my-certificates`,
  };
}
