import Taro from '@tarojs/taro';

export const NETWORK_ERROR_MESSAGE = '网络异常，请稍后重试';

function networkError(cause?: unknown): Error {
  const err = new Error(NETWORK_ERROR_MESSAGE);
  (err as Error & { cause?: unknown }).cause = cause;
  return err;
}

// weapp: Taro.cloud.callFunction → res.result
function viaCloud<T>(name: string, data: object): Promise<T> {
  return Taro.cloud.callFunction({ name, data: data as Record<string, unknown> }).then(
    (res) => res.result as T,
    (e: unknown) => {
      throw networkError(e);
    },
  );
}

// h5: POST /api/functions/<name> on the local runtime; the JSON body is the function's return value.
function viaHttp<T>(name: string, data: object): Promise<T> {
  return fetch('/api/functions/' + encodeURIComponent(name), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(data),
  }).then(
    // a body that is not JSON (proxy error page, empty body…) counts as a network problem
    (response) =>
      response.json().then(
        (body: unknown) => body as T,
        (e: unknown) => {
          throw networkError(e);
        },
      ),
    (e: unknown) => {
      throw networkError(e);
    },
  );
}

/**
 * Calls a cloud function and resolves with its return value; network failures reject with
 * an Error whose message is 网络异常，请稍后重试.
 * process.env.TARO_ENV is a compile-time constant: each build keeps only its own transport.
 */
export function callFunction<T>(name: string, data: object): Promise<T> {
  if (process.env.TARO_ENV === 'weapp') {
    return viaCloud<T>(name, data);
  }
  return viaHttp<T>(name, data);
}

/**
 * H5 only: the local runtime's outbox (the stand-in for WeChat subscription messages), GET /api/outbox →
 * the caller's sent messages. Resolves null in weapp (there the messages arrive in WeChat itself) and when
 * the runtime has no outbox endpoint.
 */
export function fetchOutbox<T>(): Promise<T | null> {
  if (process.env.TARO_ENV === 'weapp') return Promise.resolve(null);
  return fetch('/api/outbox', { credentials: 'same-origin', headers: { accept: 'application/json' } }).then(
    (response) => (response.ok ? (response.json() as Promise<T>).catch(() => null) : null),
    (e: unknown) => {
      throw networkError(e);
    },
  );
}
