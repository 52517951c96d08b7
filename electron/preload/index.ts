// The preload exposes the API contract and nothing more: one invoke function that only knows
// the contract's channel names. No ipcRenderer, no Node. It is bundled into a single CommonJS
// file because a sandboxed preload can require nothing but electron.
import { contextBridge, ipcRenderer } from 'electron';
import { isChannel } from '@core/contract/channels';
import type { NaslagBridge, Outcome } from '@core/contract/api';
import { contractMessages } from '@core/contract/messages';

export const bridge: NaslagBridge = {
  async invoke(channel, args) {
    if (!isChannel(channel)) {
      return {
        ok: false,
        error: { code: 'unknown-channel', message: contractMessages.unknownChannel },
      };
    }
    try {
      return (await ipcRenderer.invoke(channel, args)) as Outcome<unknown>;
    } catch (error) {
      // Arguments that cannot be cloned, or a main process that is going away: the page still
      // gets an Outcome, as the contract promises, never a bare rejection.
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'failed', message: contractMessages.callFailed(reason) } };
    }
  },
};

contextBridge.exposeInMainWorld('naslag', bridge);
