// One icon per navigation entry, shared by the navbar and the home screen's shortcuts.
import {
  IconNotebook,
  IconCalendarTime,
  IconClipboardList,
  IconHome,
  IconUserCircle,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import type { NavEntry } from '@care/shared/permissions';

export const navIcons: Record<NavEntry['id'] | 'account', Icon> = {
  dashboard: IconHome,
  residents: IconUsersGroup,
  users: IconUsers,
  audit: IconClipboardList,
  shift: IconNotebook,
  account: IconUserCircle,
  rota: IconCalendarTime,
};
