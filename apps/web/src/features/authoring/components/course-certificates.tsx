import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CourseCertificateRow, CourseView } from '@campus/contracts';
import { Alert, Badge, Button, EmptyState, PageHeader, type Column } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { PagedTable } from '../../../components/paged-table';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../components/document-title';
import { useDateFormat } from '../../../format/use-date-format';
import {
  CertificateStatus,
  COURSE_CERTIFICATES_PAGE_SIZE,
  useCertificateActions,
  useCourseCertificates,
  useKeepCertificate,
  type CertificateSubject,
} from '../../certificates';
import { useSearchState } from '../../../hooks/use-search-state';
import { useAuthoringCourse } from '../hooks/use-authoring';

/**
 * A review request matters only while the certificate is valid: a revoked one has nothing left to
 * decide (the API lists it among the others, not first).
 */
export function needsReview(c: Pick<CourseCertificateRow, 'reviewRequestedAt' | 'revokedAt'>): boolean {
  return c.reviewRequestedAt !== null && c.revokedAt === null;
}

/** The certificates issued for a course: its trainers keep, revoke or re-issue them after a regrade. */
export function CourseCertificates({ courseId }: { courseId: string }) {
  const { t } = useTranslation('authoring');
  const course = useAuthoringCourse(courseId);
  useDocumentTitle(
    course.data ? t('certificates.documentTitle', { course: course.data.title }) : t('editor.loading'),
  );
  return (
    <QueryState query={course} loadingLabel={t('editor.loading')}>
      {(c) => <Certificates course={c} />}
    </QueryState>
  );
}

function Certificates({ course }: { course: CourseView }) {
  const { t } = useTranslation('authoring');
  const { t: tc } = useTranslation('certificates');
  const fmt = useDateFormat();
  const { page, setPage } = useSearchState([]);
  const certificates = useCourseCertificates(course.id, page);
  const reviewRequested = certificates.data?.reviewRequested ?? 0;
  const keep = useKeepCertificate();
  // One live region for the page: it must exist before its text changes to be announced.
  const [announcement, setAnnouncement] = useState('');
  const actions = useCertificateActions(setAnnouncement);
  const subject = (r: CourseCertificateRow): CertificateSubject => ({
    id: r.id,
    code: r.code,
    courseTitle: course.title,
    holder: { name: r.holderName },
  });

  const columns: Column<CourseCertificateRow>[] = [
    { key: 'holder', header: tc('org.holder'), cell: (r) => r.holderName },
    {
      key: 'code',
      header: tc('org.code'),
      cell: (r) => (
        <Link to={`/verify/${encodeURIComponent(r.code)}`}>
          <code>{r.code}</code>
        </Link>
      ),
    },
    { key: 'issued', header: tc('org.issuedAt'), cell: (r) => fmt.date(r.issuedAt) },
    {
      key: 'status',
      header: tc('org.status'),
      cell: (r) => (
        <>
          <CertificateStatus certificate={r} />
          {needsReview(r) && (
            <>
              <br />
              <Badge tone="warning">{t('certificates.reviewRequested')}</Badge>
              <br />
              <span className="ui-muted">
                {t('certificates.reviewRequestedOn', { date: fmt.date(r.reviewRequestedAt) })}
              </span>
            </>
          )}
        </>
      ),
    },
    {
      key: 'actions',
      header: tc('org.actions'),
      hideHeader: true,
      className: 'ui-table__actions',
      cell: (r) =>
        // A revoked certificate can be neither kept, revoked again nor re-issued.
        r.revokedAt ? null : (
          <span className="ui-row" style={{ gap: '0.25rem', flexWrap: 'nowrap' }}>
            {needsReview(r) && (
              <Button
                variant="secondary"
                size="small"
                loading={keep.isPending && keep.variables === r.id}
                onClick={() =>
                  keep.mutate(r.id, {
                    onSuccess: () => setAnnouncement(t('certificates.kept', { name: r.holderName })),
                  })
                }
                aria-label={t('certificates.keepLabel', { name: r.holderName })}
              >
                {t('certificates.keep')}
              </Button>
            )}
            <Button
              variant="ghost"
              size="small"
              onClick={() => actions.revoke(subject(r))}
              aria-label={tc('org.revokeLabel', { name: r.holderName, course: course.title })}
            >
              {tc('org.revoke.action')}
            </Button>
            <Button
              variant="ghost"
              size="small"
              onClick={() => actions.reissue(subject(r))}
              aria-label={tc('org.reissueLabel', { name: r.holderName, course: course.title })}
            >
              {tc('org.reissue.action')}
            </Button>
          </span>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('certificates.title')}
        description={<span lang={course.language}>{course.title}</span>}
        actions={<Link to={`/author/courses/${course.id}`}>{t('editor.backToEditor')}</Link>}
      />
      <div className="ui-stack">
        <p role="status" aria-live="polite" className={announcement ? undefined : 'ui-visually-hidden'}>
          {announcement}
        </p>
        {keep.error && (
          <ProblemAlert
            error={keep.error}
            messages={{
              NO_REVIEW_REQUESTED: t('certificates.keepSettled'),
              CERTIFICATE_REVOKED: t('certificates.keepRevoked'),
            }}
          />
        )}
        {reviewRequested > 0 && (
          <Alert tone="warning" title={t('certificates.reviewTitle', { count: reviewRequested })}>
            <p>{t('certificates.reviewBody')}</p>
          </Alert>
        )}
        <PagedTable
          query={certificates}
          loadingLabel={t('certificates.loading')}
          empty={<EmptyState title={t('certificates.emptyTitle')}>{t('certificates.emptyBody')}</EmptyState>}
          caption={(total) => t('certificates.caption', { count: total })}
          columns={columns}
          rowKey={(r) => r.id}
          pageSize={COURSE_CERTIFICATES_PAGE_SIZE}
          onPageChange={setPage}
          navigationLabel={tc('org.pages')}
        />
      </div>
      {actions.dialogs}
    </>
  );
}
