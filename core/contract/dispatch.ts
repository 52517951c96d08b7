// The one place where a call from the renderer enters the services: the channel
// is checked, the arguments validated against the contract's schema, and every
// failure turned into an Outcome with a message the user can act on.
import { api, isChannel } from './api';
import type { ApiErrorPayload, ApiHandlers, Outcome } from './api';
import { contractMessages } from './messages';

/** Thrown by services for failures the user must hear about in their own words. */
export class ServiceError extends Error {
  constructor(
    readonly code: ApiErrorPayload['code'],
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export async function dispatch(
  handlers: ApiHandlers,
  channel: unknown,
  rawArgs: unknown,
): Promise<Outcome<unknown>> {
  if (!isChannel(channel)) {
    return {
      ok: false,
      error: { code: 'unknown-channel', message: contractMessages.unknownChannel },
    };
  }
  const parsed = api[channel].args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || 'invoer'}: ${issue.message}`)
      .join('; ');
    return {
      ok: false,
      error: { code: 'invalid-arguments', message: `Ongeldige invoer (${detail}).` },
    };
  }
  try {
    const handler = handlers[channel] as (args: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ServiceError)
      return { ok: false, error: { code: error.code, message: error.message } };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'failed', message: `Er ging iets mis: ${message}` } };
  }
}
