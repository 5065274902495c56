import { useTranslation } from 'react-i18next';
import type { CertificateExportView } from '@campus/contracts';
import { buttonClassName, ProgressBar } from '@campus/web-ui';
import { formatFileSize } from '../../../format/file-size';
import { useDateFormat } from '../../../format/use-date-format';

/**
 * The organisation's latest ZIP exports: progress while the worker builds them (the list polls
 * itself meanwhile), then a download link until they expire. `highlightId` marks the one an
 * e-mail linked to.
 */
export function CertificateExportsPanel({
  exports,
  highlightId,
}: {
  exports: CertificateExportView[];
  highlightId?: string;
}) {
  const { t } = useTranslation('certificates');
  if (exports.length === 0) return null;
  return (
    <section aria-labelledby="certificate-exports-title" className="ui-stack" style={{ gap: '0.5rem' }}>
      <h2 id="certificate-exports-title" style={{ fontSize: '1.15rem', margin: 0 }}>
        {t('org.exports.title')}
      </h2>
      <ul className="ui-stack" style={{ listStyle: 'none', padding: 0, margin: 0, gap: '0.75rem' }}>
        {exports.map((e) => (
          <ExportItem key={e.id} item={e} highlighted={e.id === highlightId} />
        ))}
      </ul>
    </section>
  );
}

function ExportItem({ item, highlighted }: { item: CertificateExportView; highlighted: boolean }) {
  const { t, i18n } = useTranslation('certificates');
  const fmt = useDateFormat();
  const lang = i18n.resolvedLanguage ?? 'en';
  const title = t('org.exports.item', { count: item.total, date: fmt.dateTime(item.createdAt) });
  return (
    <li
      className="ui-card"
      aria-current={highlighted ? 'true' : undefined}
      style={{ padding: '0.75rem 1rem', outline: highlighted ? '2px solid currentColor' : undefined }}
      data-testid="certificate-export"
    >
      <p style={{ margin: 0, fontWeight: 600 }}>{title}</p>
      {(item.status === 'queued' || item.status === 'running') && (
        <ProgressBar
          label={t('org.exports.progressLabel')}
          value={item.total ? (item.done / item.total) * 100 : 0}
          valueText={
            item.status === 'queued'
              ? t('org.exports.queued')
              : t('org.exports.progress', { done: item.done, total: item.total })
          }
        />
      )}
      {item.status === 'ready' && item.downloadUrl && (
        <p style={{ margin: '0.25rem 0 0' }}>
          <a href={item.downloadUrl} download className={buttonClassName({ size: 'small' })}>
            {t('org.exports.download', { size: formatFileSize(item.sizeBytes ?? 0, lang) })}
          </a>{' '}
          <span className="ui-muted">{t('org.exports.until', { date: fmt.date(item.expiresAt) })}</span>
        </p>
      )}
      {item.status === 'failed' && <p className="ui-muted">{t('org.exports.failed')}</p>}
      {item.status === 'expired' && <p className="ui-muted">{t('org.exports.expired')}</p>}
    </li>
  );
}
