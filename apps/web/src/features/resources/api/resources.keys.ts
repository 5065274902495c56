import type { ResourceSearchQuery } from '@campus/contracts';

/**
 * Query keys of the library. A resource's detail depends on who asks (authors see drafts and
 * review notes), so its key carries the viewer's id.
 */
export const resourcesKeys = {
  all: ['resources'] as const,
  search: (query: Partial<ResourceSearchQuery>) => [...resourcesKeys.all, 'search', query] as const,
  detail: (id: string, viewer: string | null) => [...resourcesKeys.all, 'detail', viewer, id] as const,
  mine: (page: number) => [...resourcesKeys.all, 'mine', page] as const,
  reviews: () => [...resourcesKeys.all, 'reviews'] as const,
};
