// The one permission table: every route and every navigation entry asks `can(role, permission)`.
import type { Role } from './roles';

export const permissions = [
  'users.manage',
  'audit.read',
  'residents.list',
  'residents.read',
  'residents.write',
  'residents.admit',
  'residents.care_write',
  'residents.legal',
  'residents.medical_sensitive',
  'residents.care_summary',
  'residents.access_history',
  'notes.read',
  'notes.write',
  'incidents.read',
  'incidents.write',
  'incidents.close',
  'family.read',
  'family.write',
  'family.log',
  'documents.read',
  'documents.write',
  'dashboard.read',
  'health.read',
  'health.write',
  'care_plans.read',
  'care_plans.write',
  'care_plans.approve',
] as const;
export type Permission = (typeof permissions)[number];

// Least privilege (Decree 13/2023): legal papers and abuse history for case staff, HIV status for
// managers and nurses, the care summary (and nothing else of a resident) for the kitchen.
const table: Record<Role, readonly Permission[]> = {
  admin: ['users.manage', 'audit.read', 'dashboard.read'],
  manager: [
    'residents.list',
    'residents.read',
    'residents.write',
    'residents.admit',
    'residents.care_write',
    'residents.legal',
    'residents.medical_sensitive',
    'residents.care_summary',
    'residents.access_history',
    'notes.read',
    'notes.write',
    'incidents.read',
    'incidents.write',
    'incidents.close',
    'family.read',
    'family.write',
    'family.log',
    'documents.read',
    'documents.write',
    'health.read',
    'health.write',
    'care_plans.read',
    'care_plans.write',
    'care_plans.approve',
    'dashboard.read',
  ],
  social_worker: [
    'residents.list',
    'residents.read',
    'residents.write',
    'residents.admit',
    'residents.care_write',
    'residents.legal',
    'residents.care_summary',
    'notes.read',
    'notes.write',
    'incidents.read',
    'incidents.write',
    'family.read',
    'family.write',
    'family.log',
    'documents.read',
    'documents.write',
    'health.read',
    'care_plans.read',
    'care_plans.write',
    'dashboard.read',
  ],
  nurse: [
    'residents.list',
    'residents.read',
    'residents.care_write',
    'residents.medical_sensitive',
    'residents.care_summary',
    'notes.read',
    'notes.write',
    'incidents.read',
    'incidents.write',
    'family.read',
    'family.log',
    'documents.read',
    'documents.write',
    'health.read',
    'health.write',
    'care_plans.read',
    'dashboard.read',
  ],
  carer: [
    'residents.list',
    'residents.care_summary',
    'notes.read',
    'notes.write',
    'incidents.read',
    'incidents.write',
    'family.read',
    'family.log',
    'dashboard.read',
  ],
  kitchen: ['residents.care_summary', 'dashboard.read'],
};

export function can(role: Role, permission: Permission): boolean {
  return permissionsOf(role).includes(permission);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return table[role];
}

/** Navigation entries of the app shell; `labelKey` is an i18n key (the client maps ids to routes). */
export const navigation = [
  { id: 'dashboard', labelKey: 'nav.dashboard', permission: 'dashboard.read' },
  { id: 'residents', labelKey: 'nav.residents', permission: 'residents.list' },
  { id: 'shift', labelKey: 'nav.shift', permission: 'notes.read' },
  { id: 'users', labelKey: 'nav.users', permission: 'users.manage' },
  { id: 'audit', labelKey: 'nav.audit', permission: 'audit.read' },
] as const satisfies readonly { id: string; labelKey: string; permission: Permission }[];

export type NavEntry = (typeof navigation)[number];

export function navigationFor(role: Role): NavEntry[] {
  return navigation.filter((entry) => can(role, entry.permission));
}
