// The browser shell's stand-in for the preload: the page's `window.naslag.invoke`
// posts each call to the harness (server.ts), which runs it through the same
// dispatch() as Electron's IPC. Installed into the page by the e2e fixture and the
// startup benchmark only; the production bundle has no such transport. It runs in
// the page, serialised by addInitScript, so it refers to nothing outside itself
// (hence the path written out rather than INVOKE_PATH).
export function installBridge(): void {
  const target = window as unknown as { naslag: unknown };
  // A call made as the page goes (pagehide, or hidden) still arrives, as an IPC
  // message does in Electron: such calls are sent with keepalive. Only those, as
  // browsers allow 64 KB of keepalive bodies in flight in all.
  let leaving = false;
  addEventListener('pagehide', () => (leaving = true), true);
  addEventListener('pageshow', () => (leaving = false), true);
  target.naslag = {
    invoke: async (channel: string, args: unknown) => {
      const body = JSON.stringify(args ?? {});
      const keepalive =
        (leaving || document.visibilityState === 'hidden') &&
        new TextEncoder().encode(body).length < 60_000;
      const response = await fetch(`/__naslag/invoke/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        keepalive,
      });
      return response.json();
    },
  };
}
