import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './api';
import type { ApiHandlers } from './api';
import { dispatch, ServiceError } from './dispatch';

function handlers(overrides: Partial<ApiHandlers> = {}): ApiHandlers {
  const refuse = async () => {
    throw new Error('not under test');
  };
  return new Proxy(overrides as ApiHandlers, {
    get: (target, key: string) => (target as Record<string, unknown>)[key] ?? refuse,
  });
}

describe('dispatch', () => {
  it('passes validated arguments to the handler and wraps the result', async () => {
    const seen: unknown[] = [];
    const outcome = await dispatch(
      handlers({
        'settings:update': async (args) => {
          seen.push(args);
          return { ...DEFAULT_SETTINGS, ...args };
        },
      }),
      'settings:update',
      { fontScale: 1.2 },
    );
    expect(seen).toEqual([{ fontScale: 1.2 }]);
    expect(outcome).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, fontScale: 1.2 } });
  });

  it('refuses unknown channels, including prototype keys', async () => {
    for (const name of ['nope', '__proto__', 'constructor', 42]) {
      const outcome = await dispatch(handlers(), name, {});
      expect(outcome).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
  });

  it('refuses arguments that do not match the schema, without calling the handler', async () => {
    let called = false;
    const outcome = await dispatch(
      handlers({
        'settings:update': async () => {
          called = true;
          return DEFAULT_SETTINGS;
        },
      }),
      'settings:update',
      { fontScale: 99, extra: true },
    );
    expect(called).toBe(false);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('only lets https links out', async () => {
    const outcome = await dispatch(handlers(), 'external:open', { url: 'javascript:alert(1)' });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    const file = await dispatch(handlers(), 'external:open', { url: 'file:///etc/passwd' });
    expect(file).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it("carries a service's own message to the user", async () => {
    const outcome = await dispatch(
      handlers({
        'notes:list': async () => {
          throw new ServiceError('store-write-failed', 'De map is alleen-lezen.');
        },
      }),
      'notes:list',
      {},
    );
    expect(outcome).toEqual({
      ok: false,
      error: { code: 'store-write-failed', message: 'De map is alleen-lezen.' },
    });
  });
});
