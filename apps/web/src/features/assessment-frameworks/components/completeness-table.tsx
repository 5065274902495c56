import { useTranslation } from 'react-i18next';
import type { TranslationCompleteness } from '@campus/contracts';
import { Badge, Table } from '@campus/web-ui';
import { languageName } from '../lib/framework-errors';

type Row = TranslationCompleteness['byLocale'][number];

/** How many of a version's texts each language has, so admins see which translations are missing. */
export function CompletenessTable({
  completeness,
  caption,
}: {
  completeness: TranslationCompleteness;
  caption: string;
}) {
  const { t, i18n } = useTranslation('frameworks');
  const ui = i18n.resolvedLanguage ?? 'en';
  const { total } = completeness;
  return (
    <Table<Row>
      caption={caption}
      rowHeader
      rows={completeness.byLocale}
      rowKey={(r) => r.locale}
      columns={[
        { key: 'language', header: t('completeness.language'), cell: (r) => languageName(r.locale, ui) },
        {
          key: 'translated',
          header: t('completeness.translated'),
          cell: (r) => t('completeness.count', { translated: r.translated, total }),
        },
        {
          key: 'state',
          header: t('completeness.state'),
          cell: (r) =>
            r.translated === total ? (
              <Badge tone="success">{t('completeness.complete')}</Badge>
            ) : (
              <Badge tone="warning">{t('completeness.missing', { count: total - r.translated })}</Badge>
            ),
        },
      ]}
    />
  );
}
