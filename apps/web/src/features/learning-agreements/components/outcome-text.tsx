import { useTranslation } from 'react-i18next';
import type { PlannedOutcome } from '@campus/contracts';
import { Badge } from '@campus/web-ui';

/** A planned outcome's statement with its kind (knowledge, skills, responsibility) when given. */
export function OutcomeText({ outcome }: { outcome: PlannedOutcome }) {
  const { t } = useTranslation('agreements');
  return (
    <>
      <span className="ui-prewrap">{outcome.statement}</span>{' '}
      {outcome.category && <Badge tone="info">{t(`category.${outcome.category}`)}</Badge>}
    </>
  );
}
