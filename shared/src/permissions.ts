// The one permission table: every route and every navigation entry asks `can(role, permission)`.
import { roles, type Role } from './roles';

// Least privilege (Decree 13/2023): legal papers and abuse history for case staff, HIV status for
// managers and nurses, the care summary (and nothing else of a resident) for the kitchen.
// One line per permission: who holds it.
const table = {
  'users.manage': ['admin'],
  'audit.read': ['admin'],
  'residents.list': ['manager', 'social_worker', 'nurse', 'carer'],
  'residents.read': ['manager', 'social_worker', 'nurse'],
  'residents.write': ['manager', 'social_worker'],
  'residents.admit': ['manager', 'social_worker'],
  'residents.care_write': ['manager', 'social_worker', 'nurse'],
  'residents.legal': ['manager', 'social_worker'],
  'residents.medical_sensitive': ['manager', 'nurse'],
  'residents.care_summary': ['manager', 'social_worker', 'nurse', 'carer', 'kitchen'],
  'residents.access_history': ['manager'],
  'notes.read': ['manager', 'social_worker', 'nurse', 'carer'],
  'notes.write': ['manager', 'social_worker', 'nurse', 'carer'],
  'incidents.read': ['manager', 'social_worker', 'nurse', 'carer'],
  'incidents.write': ['manager', 'social_worker', 'nurse', 'carer'],
  'incidents.close': ['manager'],
  'family.read': ['manager', 'social_worker', 'nurse', 'carer'],
  'family.write': ['manager', 'social_worker'],
  'family.log': ['manager', 'social_worker', 'nurse', 'carer'],
  'documents.read': ['manager', 'social_worker', 'nurse'],
  'documents.write': ['manager', 'social_worker', 'nurse'],
  'dashboard.read': ['admin', 'manager', 'social_worker', 'nurse', 'carer', 'kitchen'],
  'health.read': ['manager', 'social_worker', 'nurse'],
  'health.write': ['manager', 'nurse'],
  'care_plans.read': ['manager', 'social_worker', 'nurse'],
  'care_plans.write': ['manager', 'social_worker'],
  'care_plans.approve': ['manager'],
  'staff.list': ['manager', 'social_worker', 'nurse'],
  'rota.plan': ['manager'],
  'rota.read': ['manager', 'social_worker', 'nurse', 'carer', 'kitchen'],
  'rota.leave_request': ['manager', 'social_worker', 'nurse', 'carer', 'kitchen'],
  'rota.leave_approve': ['manager'],
  'kitchen.read': ['manager', 'social_worker', 'nurse', 'carer', 'kitchen'],
  'kitchen.write': ['manager', 'kitchen'],
  // Approving a menu: the manager or the head cook (the kitchen role).
  'menus.approve': ['manager', 'kitchen'],
  'duty.desk': ['manager', 'social_worker', 'nurse', 'carer', 'kitchen'],
  'duty.manage': ['manager'],
  // Every staff member's timesheet (and its export); a staff member reads their own with rota.read.
  'timesheets.read': ['manager'],
  // Shift swaps and cover: every duty role asks and answers; managers approve after the rule checks.
  'rota.swap': ['manager', 'social_worker', 'nurse', 'carer', 'kitchen'],
  'rota.swap_approve': ['manager'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof table;
export const permissions = Object.keys(table) as Permission[];

export function can(role: Role, permission: Permission): boolean {
  return (table[permission] as readonly Role[]).includes(role);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return permissions.filter((permission) => can(role, permission));
}

/** Every role that holds a permission (for tests and the staff pickers). */
export function rolesWith(permission: Permission): readonly Role[] {
  return roles.filter((role) => can(role, permission));
}

/** Navigation entries of the app shell; `labelKey` is an i18n key (the client maps ids to routes). */
export const navigation = [
  { id: 'dashboard', labelKey: 'nav.dashboard', permission: 'dashboard.read' },
  { id: 'duty', labelKey: 'nav.duty', permission: 'duty.desk' },
  { id: 'residents', labelKey: 'nav.residents', permission: 'residents.list' },
  { id: 'shift', labelKey: 'nav.shift', permission: 'notes.read' },
  { id: 'incidents', labelKey: 'nav.incidents', permission: 'incidents.read' },
  { id: 'rota', labelKey: 'nav.rota', permission: 'rota.read' },
  { id: 'kitchen', labelKey: 'nav.kitchen', permission: 'kitchen.read' },
  { id: 'menus', labelKey: 'nav.menus', permission: 'kitchen.read' },
  { id: 'users', labelKey: 'nav.users', permission: 'users.manage' },
  { id: 'audit', labelKey: 'nav.audit', permission: 'audit.read' },
] as const satisfies readonly { id: string; labelKey: string; permission: Permission }[];

export type NavEntry = (typeof navigation)[number];

export function navigationFor(role: Role): NavEntry[] {
  return navigation.filter((entry) => can(role, entry.permission));
}
