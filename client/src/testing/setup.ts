// Every component test: the network answered by MSW (an unhandled request fails the test), the
// Vietnamese interface, and what jsdom lacks for Mantine (matchMedia, ResizeObserver).
import { cleanup, configure } from '@testing-library/react';
import i18n from '../app/i18n/i18n';
import { setReachable } from '../app/connection';
import { network } from './network';

// The first screen of a file loads its lazy modules through the transform: allow for it.
configure({ asyncUtilTimeout: 10_000 });

Object.defineProperty(window, 'matchMedia', {
  configurable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});
window.ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
window.HTMLElement.prototype.scrollIntoView = () => undefined;

// jsdom does not know HTML's <search> element yet (the filter panels use it); browsers do.
const consoleError = console.error;
jest.spyOn(console, 'error').mockImplementation((format: unknown, ...values: unknown[]) => {
  const unknownTag =
    typeof format === 'string' && format.includes('is unrecognized in this browser');
  if (unknownTag && values[0] === 'search') return;
  consoleError(format, ...values);
});

beforeAll(() => network.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => i18n.changeLanguage('vi'));
afterEach(() => {
  cleanup();
  network.resetHandlers();
  setReachable(true);
});
afterAll(() => network.close());
