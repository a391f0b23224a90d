// jsdom for the client's component tests, with Node's own fetch, streams and text codecs: jsdom
// has no fetch, and MSW needs the WHATWG classes of one realm (those Node's fetch uses).
import JSDOMEnvironment from 'jest-environment-jsdom';

// Not a type guard: both realms' signals have the one AbortSignal type.
const isNodeSignal = (signal: unknown): boolean => signal instanceof AbortSignal;

/**
 * The page's AbortSignal (jsdom's, which jsdom's own listeners require) followed by one of Node's,
 * which Node's Request requires: react-query cancels through the first, fetch obeys the second.
 */
function withNodeSignal(init?: RequestInit): RequestInit | undefined {
  const signal = init?.signal;
  if (!signal || isNodeSignal(signal)) return init;
  const controller = new AbortController();
  if (signal.aborted) controller.abort(signal.reason);
  else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  return { ...init, signal: controller.signal };
}

class PageRequest extends Request {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(input, withNodeSignal(init));
  }
}

export default class DomEnvironment extends JSDOMEnvironment {
  constructor(...args: ConstructorParameters<typeof JSDOMEnvironment>) {
    super(...args);
    Object.assign(this.global, {
      fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, withNodeSignal(init)),
      Request: PageRequest,
      Response,
      Headers,
      FormData,
      Blob,
      ReadableStream,
      WritableStream,
      TransformStream,
      TextEncoder,
      TextDecoder,
      TextEncoderStream,
      TextDecoderStream,
      BroadcastChannel,
      structuredClone,
      URL,
      URLSearchParams,
    });
  }
}
