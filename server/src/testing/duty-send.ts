// Small helpers of the duty tests.
import type { TestClient } from './test-app';

export const send = (
  c: TestClient,
  method: 'post' | 'patch' | 'put' | 'delete',
  url: string,
  body: object = {},
) => c.agent[method](url).set('X-CSRF-Token', c.csrf).send(body);

let seq = 0;
export const makeUnitCode = () => `D${++seq}${Math.floor(Math.random() * 900 + 100)}`.slice(0, 6);
