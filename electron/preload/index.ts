// The preload exposes the API contract and nothing more: one invoke function
// that only knows the contract's channel names. No ipcRenderer, no Node.
import { contextBridge, ipcRenderer } from 'electron';
import { isChannel } from '@core/contract/api';
import type { NaslagBridge, Outcome } from '@core/contract/api';

const bridge: NaslagBridge = {
  invoke(channel, args) {
    if (!isChannel(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: 'Onbekende opdracht.' } });
    }
    return ipcRenderer.invoke(channel, args) as Promise<Outcome<unknown>>;
  },
};

contextBridge.exposeInMainWorld('naslag', bridge);
