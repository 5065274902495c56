import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { OrgCertificateRow } from '@campus/contracts';
import { Button, EmptyState, type Column } from '@campus/web-ui';
import { CsvSeparatorSelect } from '../../../components/csv-separator-select';
import { ProblemAlert } from '../../../components/problem-alert';
import { PagedTable } from '../../../components/paged-table';
import { useDateFormat } from '../../../format/use-date-format';
import { useCsvSeparator } from '../../../hooks/use-csv-separator';
import { useSearchState } from '../../../hooks/use-search-state';
import { ManagerGate, saveFile } from '../../enrolments';
import { useMembers } from '../../people';
import { ORG_CERTIFICATES_PAGE_SIZE, type OrgCertificatesFilter } from '../api/certificates.api';
import {
  useCertificateExports,
  useExportOrgCertificates,
  useOrgCertificates,
  useOrgCourses,
  useRequestCertificateExport,
} from '../hooks/use-org-certificates';
import { useCertificateActions } from '../hooks/use-certificate-actions';
import { useCertificateTitle } from '../hooks/use-certificate-title';
import { CertificateExportsPanel } from './certificate-exports-panel';
import { CertificateStatus } from './certificate-status';
import {
  ORG_CERTIFICATE_FILTERS,
  OrgCertificateFilters,
  type OrgCertificateFilter,
} from './org-certificate-filters';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Turns the URL's filter values into the API's filters, dropping what is malformed. */
function toFilter(values: Record<OrgCertificateFilter, string>): OrgCertificatesFilter {
  return {
    courseId: UUID.test(values.courseId) ? values.courseId : undefined,
    userId: UUID.test(values.userId) ? values.userId : undefined,
    from: DATE.test(values.from) ? values.from : undefined,
    to: DATE.test(values.to) ? values.to : undefined,
  };
}

/** The certificates held by an organisation's members, with exports, revocation and re-issue. */
export function OrgCertificatesView({ orgId }: { orgId: string }) {
  const { t } = useTranslation('certificates');
  return (
    <ManagerGate orgId={orgId} title={t('org.title')} description={t('org.description')}>
      <OrgCertificatesContent orgId={orgId} />
    </ManagerGate>
  );
}

/** Asks the API only once the gate let the manager in. */
function OrgCertificatesContent({ orgId }: { orgId: string }) {
  const { t } = useTranslation('certificates');
  const { values, page, setFilter, setPage } = useSearchState(ORG_CERTIFICATE_FILTERS);
  const filter = toFilter(values);
  const certificates = useOrgCertificates(orgId, { ...filter, page });
  const courses = useOrgCourses(orgId);
  const members = useMembers(orgId);
  const exportFile = useExportOrgCertificates(orgId);
  const [separator, setSeparator] = useCsvSeparator();
  const exports = useCertificateExports(orgId);
  const requestExport = useRequestCertificateExport(orgId);
  const [searchParams] = useSearchParams();
  // One live region for the page: it must exist before its text changes to be announced.
  const [announcement, setAnnouncement] = useState('');
  const actions = useCertificateActions(setAnnouncement);
  const title = useCertificateTitle();
  const fmt = useDateFormat();
  const filtered = ORG_CERTIFICATE_FILTERS.some((k) => values[k]);
  const exporting = exportFile.isPending ? exportFile.variables.format : null;
  const zipStreamLimit = certificates.data?.zipStreamLimit ?? Infinity;
  // Too many to stream in one request: the worker builds the ZIP and the panel below follows it.
  const zipInBackground = (certificates.data?.total ?? 0) > zipStreamLimit;

  const download = (format: 'csv' | 'zip') => {
    if (format === 'zip' && zipInBackground) {
      requestExport.mutate(filter, { onSuccess: () => setAnnouncement(t('org.exports.requested')) });
      return;
    }
    setAnnouncement(t(format === 'zip' ? 'org.preparingZip' : 'org.preparingCsv'));
    exportFile.mutate(
      { format, filter, separator },
      {
        onSuccess: (blob) => {
          saveFile(blob, `certificates.${format}`);
          setAnnouncement(t('org.downloaded'));
        },
        onError: () => setAnnouncement(''),
      },
    );
  };

  const columns: Column<OrgCertificateRow>[] = [
    { key: 'holder', header: t('org.holder'), cell: (r) => r.holder.name },
    {
      key: 'email',
      header: t('org.email'),
      cell: (r) => <span className="ui-mono">{r.holder.email}</span>,
    },
    { key: 'course', header: t('org.course'), cell: (r) => title(r) },
    {
      key: 'code',
      header: t('org.code'),
      cell: (r) => (
        <Link to={`/verify/${encodeURIComponent(r.code)}`}>
          <code>{r.code}</code>
        </Link>
      ),
    },
    { key: 'issued', header: t('org.issuedAt'), cell: (r) => fmt.date(r.issuedAt) },
    {
      key: 'status',
      header: t('org.status'),
      cell: (r) => <CertificateStatus certificate={r} />,
    },
    {
      key: 'actions',
      header: t('org.actions'),
      hideHeader: true,
      className: 'ui-table__actions',
      cell: (r) =>
        // A revoked certificate can be neither revoked again nor re-issued.
        r.revokedAt ? null : (
          <span className="ui-row" style={{ gap: '0.25rem', flexWrap: 'nowrap' }}>
            <Button
              variant="ghost"
              size="small"
              onClick={() => actions.revoke({ ...r, courseTitle: title(r) })}
              aria-label={t('org.revokeLabel', { name: r.holder.name, course: title(r) })}
            >
              {t('org.revoke.action')}
            </Button>
            <Button
              variant="ghost"
              size="small"
              onClick={() => actions.reissue({ ...r, courseTitle: title(r) })}
              aria-label={t('org.reissueLabel', { name: r.holder.name, course: title(r) })}
            >
              {t('org.reissue.action')}
            </Button>
          </span>
        ),
    },
  ];

  return (
    <>
      <div className="ui-stack">
        <p role="status" aria-live="polite" className={announcement ? undefined : 'ui-visually-hidden'}>
          {announcement}
        </p>
        <div
          className="ui-row"
          style={{ alignItems: 'flex-end', justifyContent: 'space-between', flexWrap: 'wrap' }}
        >
          <OrgCertificateFilters
            values={values}
            courses={courses.data ?? []}
            members={members.data ?? []}
            onChange={setFilter}
          />
          <div className="ui-row" style={{ gap: '0.5rem', flexWrap: 'wrap', alignItems: 'flex-end' }}>
            <CsvSeparatorSelect value={separator} onChange={setSeparator} />
            <Button
              variant="secondary"
              loading={exporting === 'csv'}
              disabled={exporting === 'zip'}
              onClick={() => download('csv')}
            >
              {t('org.downloadCsv')}
            </Button>
            <Button
              variant="secondary"
              loading={exporting === 'zip' || requestExport.isPending}
              disabled={exporting === 'csv'}
              onClick={() => download('zip')}
            >
              {t('org.downloadZip')}
            </Button>
          </div>
        </div>
        {zipInBackground && <p className="ui-muted">{t('org.exports.hint', { count: zipStreamLimit })}</p>}
        {exportFile.error && <ProblemAlert error={exportFile.error} />}
        {requestExport.error && <ProblemAlert error={requestExport.error} />}
        <CertificateExportsPanel
          exports={exports.data ?? []}
          highlightId={searchParams.get('export') ?? undefined}
        />
        <PagedTable
          query={certificates}
          loadingLabel={t('org.loading')}
          empty={
            <EmptyState title={filtered ? t('org.noMatch') : t('org.emptyTitle')}>
              {filtered ? t('org.noMatchHint') : t('org.emptyBody')}
            </EmptyState>
          }
          caption={(total) => t('org.caption', { count: total })}
          columns={columns}
          rowKey={(r) => r.id}
          pageSize={ORG_CERTIFICATES_PAGE_SIZE}
          onPageChange={setPage}
          navigationLabel={t('org.pages')}
        />
      </div>
      {actions.dialogs}
    </>
  );
}
