// The renderer's typed client of the API contract. It talks to whatever bridge
// the shell provides as window.naslag (Electron's preload, or the test bridge)
// and turns failures into ApiError with the user's message.
import type { ApiErrorPayload, ArgsOf, Channel, NaslagBridge, ResultOf } from '@core/contract/api';

declare global {
  interface Window {
    naslag?: NaslagBridge;
  }
}

export class ApiError extends Error {
  readonly code: ApiErrorPayload['code'];
  constructor(payload: ApiErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
    this.code = payload.code;
  }
}

export async function call<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
  const bridge = window.naslag;
  if (!bridge) {
    throw new ApiError({
      code: 'not-supported',
      message: 'Naslag draait zonder verbinding met de opslag.',
    });
  }
  const outcome = await bridge.invoke(channel, args);
  if (!outcome.ok) throw new ApiError(outcome.error);
  return outcome.value as ResultOf<C>;
}
