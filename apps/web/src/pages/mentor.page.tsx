import { MentorView } from '../features/mentor';

/** The host mentor's pages, opened from the e-mailed link `/mentor#token=…` (no account). */
export function MentorPage() {
  return <MentorView />;
}
