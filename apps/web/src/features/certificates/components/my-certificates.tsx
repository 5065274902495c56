import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyCertificate } from '@campus/contracts';
import { Badge, Button, buttonClassName, DescriptionList, EmptyState } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useDateFormat } from '../../../format/use-date-format';
import { saveFile } from '../../enrolments';
import { useCertificateTitle } from '../hooks/use-certificate-title';
import { useDownloadCertificateFile, useMyCertificates } from '../hooks/use-certificates';

/** The signed-in learner's certificates, with downloads and ways to share them. */
export function MyCertificates() {
  const { t } = useTranslation('certificates');
  const certificates = useMyCertificates();
  const download = useDownloadCertificateFile();
  const title = useCertificateTitle();
  // One live region for the whole list: it must exist before its text changes to be announced.
  const [announcement, setAnnouncement] = useState('');

  const copy = async (certificate: MyCertificate) => {
    try {
      await navigator.clipboard.writeText(certificate.verifyUrl);
      setAnnouncement(t('mine.copied', { course: title(certificate) }));
    } catch {
      setAnnouncement(t('mine.copyFailed', { url: certificate.verifyUrl }));
    }
  };
  const save = (link: string, fileName: string) =>
    download.mutate(link, { onSuccess: (blob) => saveFile(blob, fileName) });

  return (
    <div className="ui-stack">
      <p role="status" aria-live="polite" className={announcement ? undefined : 'ui-visually-hidden'}>
        {announcement}
      </p>
      {download.error && <ProblemAlert error={download.error} />}
      <QueryState
        query={certificates}
        loadingLabel={t('mine.loading')}
        isEmpty={(list) => list.length === 0}
        empty={
          <EmptyState
            title={t('mine.emptyTitle')}
            actions={
              <Link to="/my-learning" className={buttonClassName()}>
                {t('mine.toLearning')}
              </Link>
            }
          >
            {t('mine.emptyBody')}
          </EmptyState>
        }
      >
        {(list) => (
          <ul className="ui-stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {list.map((c) => (
              <li key={c.id} className="ui-card">
                <CertificateCard
                  certificate={c}
                  downloading={download.isPending ? download.variables : undefined}
                  onDownload={save}
                  onCopy={(cert) => void copy(cert)}
                />
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </div>
  );
}

interface CertificateCardProps {
  certificate: MyCertificate;
  /** The link being downloaded, if any. */
  downloading: string | undefined;
  onDownload: (link: string, fileName: string) => void;
  onCopy: (certificate: MyCertificate) => void;
}

function CertificateCard({ certificate: c, downloading, onDownload, onCopy }: CertificateCardProps) {
  const { t } = useTranslation('certificates');
  const { date } = useDateFormat();
  const course = useCertificateTitle()(c);
  return (
    <article className="ui-stack" style={{ gap: '0.75rem' }}>
      <h2 style={{ fontSize: '1.15rem', margin: 0 }}>{course}</h2>
      <DescriptionList
        items={[
          { key: 'issued', term: t('mine.issuedAt'), description: date(c.issuedAt) },
          {
            key: 'status',
            term: t('mine.status'),
            description: c.revokedAt ? (
              <>
                <Badge tone="danger">{t('mine.revoked')}</Badge>{' '}
                {t('mine.revokedOn', { date: date(c.revokedAt) })}
                {c.revokedReason && ` · ${c.revokedReason}`}
              </>
            ) : (
              <Badge tone="success">{t('mine.valid')}</Badge>
            ),
          },
          { key: 'code', term: t('mine.code'), description: <code>{c.code}</code> },
        ]}
      />
      <div className="ui-row" style={{ gap: '0.5rem', flexWrap: 'wrap' }}>
        {c.pdfUrl && (
          <Button
            variant="secondary"
            size="small"
            loading={downloading === c.pdfUrl}
            aria-label={t('mine.downloadPdfLabel', { course })}
            onClick={() => c.pdfUrl && onDownload(c.pdfUrl, `certificate-${c.code}.pdf`)}
          >
            {t('mine.downloadPdf')}
          </Button>
        )}
        <Button
          variant="secondary"
          size="small"
          loading={downloading === c.credentialUrl}
          aria-label={t('mine.downloadCredentialLabel', { course })}
          onClick={() => onDownload(c.credentialUrl, `certificate-${c.code}.jwt`)}
        >
          {t('mine.downloadCredential')}
        </Button>
        <Button
          variant="secondary"
          size="small"
          aria-label={t('mine.copyLinkLabel', { course })}
          onClick={() => onCopy(c)}
        >
          {t('mine.copyLink')}
        </Button>
        <a
          href={c.linkedInUrl}
          target="_blank"
          rel="noopener noreferrer"
          className={buttonClassName({ variant: 'secondary', size: 'small' })}
        >
          {t('mine.linkedIn')}
          <span className="ui-visually-hidden">
            {' '}
            {t('mine.forCourse', { course })} {t('mine.newTab')}
          </span>
        </a>
        <Link to={new URL(c.verifyUrl, window.location.origin).pathname}>
          {t('mine.openVerify')}
          <span className="ui-visually-hidden"> {t('mine.forCourse', { course })}</span>
        </Link>
      </div>
    </article>
  );
}
