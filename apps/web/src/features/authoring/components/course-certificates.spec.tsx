import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CourseCertificateRow, CourseView } from '@campus/contracts';
import { api, ApiError } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { CourseCertificates } from './course-certificates';

const COURSE_ID = '7e6d5c4b-1111-4222-8333-944455556666';

const course: CourseView = {
  id: COURSE_ID,
  slug: 'learning-agreements',
  title: 'Learning agreements',
  summary: '',
  language: 'en',
  eqfLevel: null,
  workloadHours: 2,
  topics: [],
  visibility: 'public',
  status: 'published',
  cover: null,
  organisation: { id: 'o1', name: 'Demo VET School', country: 'IT' },
  enrolmentOpensAt: null,
  enrolmentClosesAt: null,
  startsAt: null,
  endsAt: null,
  learningOutcomes: [],
  updatedAt: '2026-01-01T00:00:00Z',
  modules: [],
};

const flagged: CourseCertificateRow = {
  id: '0b8f5a52-3c1e-4d55-9b55-0f0f6a3c2d11',
  holderName: 'Fay Flagged',
  code: 'FLAG-0000-0000-0000-0001',
  issuedAt: '2026-03-10T10:00:00Z',
  revokedAt: null,
  revokedReason: null,
  reviewRequestedAt: '2026-03-20T10:00:00Z',
};
const valid: CourseCertificateRow = {
  ...flagged,
  id: '1c9f6b63-4d2f-4e66-8c66-1f1f7b4d3e22',
  holderName: 'Vic Valid',
  code: 'VALI-0000-0000-0000-0002',
  issuedAt: '2026-03-14T10:00:00Z',
  reviewRequestedAt: null,
};
// Flagged too, but revoked since: nothing is left to review.
const revoked: CourseCertificateRow = {
  ...flagged,
  id: '2da07c74-5e3f-4f77-9d77-2f2f8c5e4f33',
  holderName: 'Rae Revoked',
  code: 'REVO-0000-0000-0000-0003',
  revokedAt: '2026-03-21T10:00:00Z',
  revokedReason: 'Failed after the regrade',
};

/** The API as the page sees it: the course, and its certificates as they stand. */
function mockApi(rows: () => CourseCertificateRow[]) {
  return jest.spyOn(api, 'get').mockImplementation((path: string) => {
    if (path === `/authoring/courses/${COURSE_ID}/certificates`) {
      const items = rows();
      return Promise.resolve({
        items,
        total: items.length,
        page: 1,
        pageSize: 25,
        reviewRequested: items.filter((r) => r.reviewRequestedAt && !r.revokedAt).length,
      });
    }
    if (path === `/authoring/courses/${COURSE_ID}`) return Promise.resolve(course);
    return Promise.reject(new Error(`unexpected GET ${path}`));
  });
}

const rowOf = (table: HTMLElement, name: string) =>
  within(within(table).getByRole('row', { name: new RegExp(name) }));

describe('CourseCertificates', () => {
  afterEach(() => jest.restoreAllMocks());

  it('marks only valid flagged certificates for review, and offers Keep only on them', async () => {
    mockApi(() => [flagged, valid, revoked]);
    renderWithProviders(<CourseCertificates courseId={COURSE_ID} />);

    const table = await screen.findByRole('table', { name: '3 certificates' });
    expect(screen.getByRole('heading', { level: 1, name: 'Certificates' })).toBeInTheDocument();
    expect(screen.getByText('1 certificate needs your review')).toBeInTheDocument();

    const fay = rowOf(table, 'Fay Flagged');
    expect(fay.getByText('Review requested')).toBeInTheDocument();
    expect(fay.getByText('Valid')).toBeInTheDocument();
    expect(fay.getByRole('button', { name: 'Keep the certificate of Fay Flagged as it is' })).toBeVisible();
    expect(
      fay.getByRole('button', { name: 'Revoke the certificate of Fay Flagged for Learning agreements' }),
    ).toBeVisible();

    const vic = rowOf(table, 'Vic Valid');
    expect(vic.queryByText('Review requested')).not.toBeInTheDocument();
    expect(vic.queryByRole('button', { name: /^Keep/ })).not.toBeInTheDocument();
    expect(vic.getByRole('button', { name: /^Re-issue the certificate of Vic Valid/ })).toBeVisible();

    const rae = rowOf(table, 'Rae Revoked');
    expect(rae.queryByText('Review requested')).not.toBeInTheDocument();
    expect(rae.getByText(/Failed after the regrade/)).toBeInTheDocument();
    expect(rae.queryByRole('button')).not.toBeInTheDocument();
  });

  it('keeps a flagged certificate: the badge goes and the page says so', async () => {
    let kept = false;
    mockApi(() => (kept ? [{ ...flagged, reviewRequestedAt: null }, valid] : [flagged, valid]));
    const post = jest.spyOn(api, 'post').mockImplementation(() => {
      kept = true;
      return Promise.resolve(undefined);
    });
    renderWithProviders(<CourseCertificates courseId={COURSE_ID} />);

    const table = await screen.findByRole('table', { name: '2 certificates' });
    await userEvent.click(
      rowOf(table, 'Fay Flagged').getByRole('button', { name: /^Keep the certificate of Fay Flagged/ }),
    );

    expect(post).toHaveBeenCalledWith(`/certificates/${flagged.id}/keep`);
    expect(
      await screen.findByText('The certificate of Fay Flagged is kept; its review request is settled.'),
    ).toHaveAttribute('role', 'status');
    await waitFor(() => expect(screen.queryByText('Review requested')).not.toBeInTheDocument());
    expect(screen.queryByText(/needs your review/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Keep/ })).not.toBeInTheDocument();
  });

  it('explains a review settled meanwhile, and shows the list as it now stands', async () => {
    let settled = false;
    mockApi(() => (settled ? [{ ...flagged, reviewRequestedAt: null }] : [flagged]));
    jest.spyOn(api, 'post').mockImplementation(() => {
      settled = true;
      return Promise.reject(
        new ApiError({ status: 409, code: 'NO_REVIEW_REQUESTED', detail: 'No review request.' }),
      );
    });
    renderWithProviders(<CourseCertificates courseId={COURSE_ID} />);

    const table = await screen.findByRole('table', { name: '1 certificate' });
    await userEvent.click(rowOf(table, 'Fay Flagged').getByRole('button', { name: /^Keep/ }));

    expect(
      await screen.findByText(
        'This certificate has no review request any more: someone may have settled it already.',
      ),
    ).toBeInTheDocument();
    // The list is fetched again after the refusal, so the stale badge goes too.
    await waitFor(() => expect(screen.queryByText('Review requested')).not.toBeInTheDocument());
  });

  it('says so when no certificate has been issued yet', async () => {
    mockApi(() => []);
    renderWithProviders(<CourseCertificates courseId={COURSE_ID} />);
    expect(await screen.findByText('No certificates yet')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
