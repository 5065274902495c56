/** Query keys of the people feature; everything of one organisation sits under `org(orgId)`. */
export const peopleKeys = {
  all: ['people'] as const,
  org: (orgId: string) => [...peopleKeys.all, orgId] as const,
  organisation: (orgId: string) => [...peopleKeys.org(orgId), 'organisation'] as const,
  members: (orgId: string) => [...peopleKeys.org(orgId), 'members'] as const,
  invitations: (orgId: string) => [...peopleKeys.org(orgId), 'invitations'] as const,
};
