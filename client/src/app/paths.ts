// Every client URL in one place: route patterns for the router, hrefs for links.
export const paths = {
  home: { path: '/', href: () => '/' },
  login: {
    path: '/login',
    href: (next?: string) =>
      next && next !== '/' ? `/login?next=${encodeURIComponent(next)}` : '/login',
  },
  account: { path: '/account', href: () => '/account' },
  residents: { path: '/residents', href: () => '/residents' },
  resident: {
    path: '/residents/:id',
    href: (id: string) => `/residents/${encodeURIComponent(id)}`,
  },
  users: { path: '/admin/users', href: () => '/admin/users' },
  audit: { path: '/admin/audit', href: () => '/admin/audit' },
} as const;

/** Only a path inside this app may be a `next` target (never `//host` or an absolute URL). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login')
    ? next
    : paths.home.href();
}
