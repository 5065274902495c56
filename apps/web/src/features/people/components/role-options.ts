import type { TFunction } from 'i18next';
import { ROLES } from '@campus/contracts';

export function roleOptions(t: TFunction<'common'>) {
  return ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
}
