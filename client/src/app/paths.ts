// Every client URL in one place: route patterns for the router, hrefs for links.
import type { NavEntry } from '@care/shared/permissions';

export const paths = {
  home: { path: '/', href: () => '/' },
  login: {
    path: '/login',
    href: (next?: string) =>
      next && next !== '/' ? `/login?next=${encodeURIComponent(next)}` : '/login',
  },
  account: { path: '/account', href: () => '/account' },
  residents: { path: '/residents', href: () => '/residents' },
  residentsPrint: {
    path: '/residents/print',
    href: (search = '') => `/residents/print${search}`,
  },
  residentNew: { path: '/residents/new', href: () => '/residents/new' },
  resident: {
    path: '/residents/:id',
    href: (id: string) => `/residents/${encodeURIComponent(id)}`,
  },
  residentSummary: {
    path: '/residents/:id/summary',
    href: (id: string) => `/residents/${encodeURIComponent(id)}/summary`,
  },
  shift: { path: '/shift', href: () => '/shift' },
  users: { path: '/admin/users', href: () => '/admin/users' },
  audit: { path: '/admin/audit', href: () => '/admin/audit' },
  rota: { path: '/rota', href: () => '/rota' },
  rotaPrint: { path: '/rota/print', href: (month: string) => `/rota/print?month=${month}` },
  rotaSettings: { path: '/rota/settings', href: () => '/rota/settings' },
  rotaLeave: { path: '/rota/leave', href: () => '/rota/leave' },
  rotaTimesheets: {
    path: '/rota/timesheets',
    href: (month: string) => `/rota/timesheets?month=${month}`,
  },
  incidents: { path: '/incidents', href: () => '/incidents' },
  kitchen: { path: '/kitchen', href: () => '/kitchen' },
  kitchenFoods: { path: '/kitchen/foods', href: () => '/kitchen/foods' },
  kitchenRecipes: { path: '/kitchen/recipes', href: () => '/kitchen/recipes' },
  kitchenRecipe: {
    path: '/kitchen/recipes/:id',
    href: (id: string) => `/kitchen/recipes/${encodeURIComponent(id)}`,
  },
  kitchenDietGroups: { path: '/kitchen/diet-groups', href: () => '/kitchen/diet-groups' },
  kitchenResidents: { path: '/kitchen/residents', href: () => '/kitchen/residents' },
  kitchenFoodSafety: {
    path: '/kitchen/food-safety',
    href: (day?: string, step?: string) =>
      `/kitchen/food-safety?${new URLSearchParams({ ...(day ? { day } : {}), ...(step ? { step } : {}) }).toString()}`,
  },
  foodSafetyPrint: {
    path: '/food-safety/print',
    href: (day: string) => `/food-safety/print?day=${day}`,
  },
  menus: { path: '/menus', href: (week?: string) => (week ? `/menus?week=${week}` : '/menus') },
  menusPrint: {
    path: '/menus/print/:sheet',
    href: (sheet: 'market' | 'production', from: string, to: string) =>
      `/menus/print/${sheet}?from=${from}&to=${to}`,
  },
  duty: { path: '/duty', href: () => '/duty' },
  dutyHandover: {
    path: '/duty/handover',
    href: (s: { unitId: string; templateId: string; day: string }) =>
      `/duty/handover?${new URLSearchParams(s).toString()}`,
  },
  dutyHandoverPrint: {
    path: '/duty/handovers/:id/print',
    href: (id: string) => `/duty/handovers/${encodeURIComponent(id)}/print`,
  },
  dutyBook: {
    path: '/duty/book',
    href: (day?: string) => (day ? `/duty/book?day=${day}` : '/duty/book'),
  },
  rotaSwaps: { path: '/rota/swaps', href: () => '/rota/swaps' },
} as const;

/** Where each navigation entry (shared/src/permissions.ts) leads: the one place of its route. */
export const navigationPaths: Record<NavEntry['id'], string> = {
  dashboard: paths.home.path,
  residents: paths.residents.path,
  shift: paths.shift.path,
  users: paths.users.path,
  audit: paths.audit.path,
  rota: paths.rota.path,
  incidents: paths.incidents.path,
  kitchen: paths.kitchen.path,
  menus: paths.menus.path,
  duty: paths.duty.path,
};

/** Only a path inside this app may be a `next` target (never `//host` or an absolute URL). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login')
    ? next
    : paths.home.href();
}
