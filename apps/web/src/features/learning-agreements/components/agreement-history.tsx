import { useTranslation } from 'react-i18next';
import type { AgreementVersionSummary } from '@campus/contracts';
import { Badge } from '@campus/web-ui';
import { useDateFormat } from '../../../format/use-date-format';
import { AgreementChanges } from './agreement-changes';

/** Every version, newest first: who saved it and when, who confirmed it, and what it changed. */
export function AgreementHistory({ versions }: { versions: readonly AgreementVersionSummary[] }) {
  const { t } = useTranslation('agreements');
  const fmt = useDateFormat();
  return (
    <section aria-labelledby="agreement-history-title" className="ui-stack">
      <h3 id="agreement-history-title" style={{ margin: 0 }}>
        {t('history.title')}
      </h3>
      <ol className="ui-stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {versions.map((v) => {
          const title = t('history.version', { version: v.version });
          const at = fmt.dateTime(v.createdAt);
          return (
            <li key={v.version}>
              <details open={v === versions[0]}>
                <summary>
                  <strong>{title}</strong>{' '}
                  {v.isAmendment && <Badge tone="info">{t('history.amendment')}</Badge>}{' '}
                  {v.agreedAt && <Badge tone="success">{t('history.agreed')}</Badge>}
                </summary>
                <div className="ui-stack" style={{ paddingInlineStart: '1rem' }}>
                  <p style={{ margin: 0 }}>
                    {v.createdBy
                      ? t('history.savedBy', { name: v.createdBy.name, at })
                      : t('history.saved', { at })}
                    {v.agreedAt && <> · {t('history.agreedAt', { at: fmt.dateTime(v.agreedAt) })}</>}
                  </p>
                  <p style={{ margin: 0 }}>
                    {v.confirmedParties.length
                      ? t('history.confirmedBy', {
                          parties: v.confirmedParties.map((p) => t(`party.${p}`)).join(', '),
                        })
                      : t('history.confirmedByNobody')}
                  </p>
                  {v.changes ? (
                    <AgreementChanges changes={v.changes} previous={v.version - 1} />
                  ) : (
                    <p className="ui-muted" style={{ margin: 0 }}>
                      {t('history.first')}
                    </p>
                  )}
                </div>
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
