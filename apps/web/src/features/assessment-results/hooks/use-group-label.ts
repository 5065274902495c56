import { useTranslation } from 'react-i18next';
import type { RespondentGroup } from '@campus/contracts';

/** A respondent group's name in the UI language. */
export function useGroupLabel(): (group: RespondentGroup) => string {
  const { t } = useTranslation('results');
  return (group) => t(`groups.${group}`);
}
