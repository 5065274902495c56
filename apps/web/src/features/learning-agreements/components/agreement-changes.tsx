import { useTranslation } from 'react-i18next';
import type { AgreementChanges as Changes } from '@campus/contracts';
import { languageNames } from '../lib/language-name';
import { OutcomeText } from './outcome-text';

/**
 * What a version changed from the one before: each text field before and after, outcomes added,
 * removed or reworded, languages added or removed. Removed text is struck through (`del`) and new
 * text marked (`ins`), which assistive technology announces as deletion and insertion.
 */
export function AgreementChanges({ changes, previous }: { changes: Changes; previous: number }) {
  const { t, i18n } = useTranslation('agreements');
  const lang = i18n.resolvedLanguage ?? 'en';
  const items = [
    ...changes.fields.map((f) => (
      <li key={`field-${f.field}`}>
        <strong>{t('changes.fieldChanged', { field: t(`content.${f.field}`) })}</strong>
        <dl className="ui-stack" style={{ margin: 0 }}>
          <dt>{t('changes.before')}</dt>
          <dd>
            <del className="ui-prewrap">{f.before}</del>
          </dd>
          <dt>{t('changes.after')}</dt>
          <dd>
            <ins className="ui-prewrap">{f.after}</ins>
          </dd>
        </dl>
      </li>
    )),
    ...changes.outcomesAdded.map((o) => (
      <li key={`added-${o.id}`}>
        <strong>{t('changes.outcomeAdded')}</strong>:{' '}
        <ins>
          <OutcomeText outcome={o} />
        </ins>
      </li>
    )),
    ...changes.outcomesRemoved.map((o) => (
      <li key={`removed-${o.id}`}>
        <strong>{t('changes.outcomeRemoved')}</strong>:{' '}
        <del>
          <OutcomeText outcome={o} />
        </del>
      </li>
    )),
    ...changes.outcomesChanged.map((c) => (
      <li key={`changed-${c.id}`}>
        <strong>{t('changes.outcomeChanged')}</strong>:{' '}
        <del>
          <OutcomeText outcome={c.before} />
        </del>{' '}
        →{' '}
        <ins>
          <OutcomeText outcome={c.after} />
        </ins>
      </li>
    )),
    ...(changes.languagesAdded.length
      ? [
          <li key="languages-added">
            {t('changes.languagesAdded', { list: languageNames(changes.languagesAdded, lang) })}
          </li>,
        ]
      : []),
    ...(changes.languagesRemoved.length
      ? [
          <li key="languages-removed">
            {t('changes.languagesRemoved', { list: languageNames(changes.languagesRemoved, lang) })}
          </li>,
        ]
      : []),
  ];
  const title = t('changes.title', { version: previous });
  return (
    <section aria-label={title}>
      <h4 style={{ margin: '0.5rem 0' }}>{title}</h4>
      {items.length ? (
        <ul className="ui-stack">{items}</ul>
      ) : (
        <p className="ui-muted">{t('history.noChange')}</p>
      )}
    </section>
  );
}
