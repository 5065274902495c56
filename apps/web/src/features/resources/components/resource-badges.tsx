import { useTranslation } from 'react-i18next';
import type { ResourceKind, ResourceLicence } from '@campus/contracts';
import { Badge } from '@campus/web-ui';
import { LICENCE_KEYS } from '../lib/licence';

/** The type and licence of a resource, as badges; the licence is always named in full text. */
export function ResourceBadges({
  kind,
  licence,
  locale,
}: {
  kind: ResourceKind;
  licence: ResourceLicence;
  locale: string;
}) {
  const { t } = useTranslation('library');
  return (
    <div className="ui-row" style={{ gap: '0.35rem' }}>
      <Badge tone="info">{t(`kinds.${kind}`)}</Badge>
      <Badge tone={licence === 'all-rights-reserved' ? 'neutral' : 'success'}>
        {t('search.licence', { licence: t(LICENCE_KEYS[licence]) })}
      </Badge>
      <Badge>{locale.toUpperCase()}</Badge>
    </div>
  );
}
