import { ResourceReviews } from '../features/resources';

/** Part of the admin chunk (re-exported by admin.page): only platform admins load it. */
export function AdminResourceReviewsPage() {
  return <ResourceReviews />;
}
