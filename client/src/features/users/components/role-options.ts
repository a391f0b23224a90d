// The roles as choices of a select, labelled in the user's language.
import type { TFunction } from 'i18next';
import { roles } from '@care/shared/roles';

export function roleOptions(t: TFunction) {
  return roles.map((role) => ({ value: role, label: t(`roles.${role}`) }));
}
