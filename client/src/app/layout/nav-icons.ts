// One icon per navigation entry, shared by the navbar and the home screen's shortcuts.
import {
  IconAlertTriangle,
  IconNotebook,
  IconCalendarTime,
  IconToolsKitchen2,
  IconCalendarEvent,
  IconClockCheck,
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
  incidents: IconAlertTriangle,
  kitchen: IconToolsKitchen2,
  menus: IconCalendarEvent,
  duty: IconClockCheck,
};
