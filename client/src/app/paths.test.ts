import { navigation } from '@care/shared/permissions';
import { navigationPaths } from './paths';

describe('navigation paths', () => {
  it('gives every navigation entry its own route', () => {
    const routes = navigation.map((e) => navigationPaths[e.id]);
    expect(routes.every((r) => r.startsWith('/'))).toBe(true);
    expect(new Set(routes).size).toBe(navigation.length);
  });
});
