import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn() },
}));
vi.mock('electron', () => electron);

const { bridge } = await import('./index');

describe('preload bridge', () => {
  beforeEach(() => {
    electron.ipcRenderer.invoke.mockReset();
  });

  it('exposes window.naslag with invoke and nothing else', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledWith('naslag', bridge);
    expect(Object.keys(bridge)).toEqual(['invoke']);
  });

  it('passes contract channels to the main process and returns its outcome', async () => {
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: [] });
    await expect(bridge.invoke('notes:list', {})).resolves.toEqual({ ok: true, value: [] });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('notes:list', {});
  });

  it('refuses any other channel without reaching the main process', async () => {
    for (const channel of ['shell:exec', '__proto__', 'toString', 'NOTES:LIST']) {
      await expect(bridge.invoke(channel as never, {})).resolves.toEqual({
        ok: false,
        error: { code: 'unknown-channel', message: 'Onbekende opdracht.' },
      });
    }
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('turns a failed call into an outcome with a Dutch message', async () => {
    electron.ipcRenderer.invoke.mockRejectedValue(new Error('An object could not be cloned.'));
    const outcome = await bridge.invoke('notes:list', { x: () => 1 });
    expect(outcome).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: expect.stringMatching(/^De opdracht kon niet worden uitgevoerd \(An object/),
      },
    });
  });
});
