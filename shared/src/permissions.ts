// The one permission table: every route and every navigation entry asks `can(role, permission)`.
import type { Role } from './roles';

export const permissions = [
  'users.manage',
  'audit.read',
  'residents.list',
  'residents.read',
  'dashboard.read',
  // --- care plans (needs assessments and individual care plans) ---
  'care_plans.read',
  'care_plans.write',
  'care_plans.approve',
  // --- end care plans ---
] as const;
export type Permission = (typeof permissions)[number];

const table: Record<Role, readonly Permission[]> = {
  admin: ['users.manage', 'audit.read', 'dashboard.read'],
  manager: ['residents.list', 'residents.read', 'dashboard.read'],
  social_worker: ['residents.list', 'residents.read', 'dashboard.read'],
  nurse: ['residents.list', 'residents.read', 'dashboard.read'],
  carer: ['residents.list', 'dashboard.read'],
  kitchen: ['dashboard.read'],
};

// --- care plans: who reads, drafts and approves assessments and care plans ---
const carePlanTable: Partial<Record<Role, readonly Permission[]>> = {
  manager: ['care_plans.read', 'care_plans.write', 'care_plans.approve'],
  social_worker: ['care_plans.read', 'care_plans.write'],
  nurse: ['care_plans.read'],
};
// --- end care plans ---

export function can(role: Role, permission: Permission): boolean {
  return permissionsOf(role).includes(permission);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return [...table[role], ...(carePlanTable[role] ?? [])];
}

/** Navigation entries of the app shell; `labelKey` is an i18n key (the client maps ids to routes). */
export const navigation = [
  { id: 'dashboard', labelKey: 'nav.dashboard', permission: 'dashboard.read' },
  { id: 'residents', labelKey: 'nav.residents', permission: 'residents.list' },
  { id: 'users', labelKey: 'nav.users', permission: 'users.manage' },
  { id: 'audit', labelKey: 'nav.audit', permission: 'audit.read' },
] as const satisfies readonly { id: string; labelKey: string; permission: Permission }[];

export type NavEntry = (typeof navigation)[number];

export function navigationFor(role: Role): NavEntry[] {
  return navigation.filter((entry) => can(role, entry.permission));
}
