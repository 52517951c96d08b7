// The browser shell's stand-in for the preload: the page's `window.naslag.invoke`
// posts each call to the harness (server.ts), which runs it through the same
// dispatch() as Electron's IPC. Installed into the page by the e2e fixture and the
// startup benchmark only; the production bundle has no such transport. It runs in
// the page, serialised by addInitScript, so it refers to nothing outside itself
// (hence the path written out rather than INVOKE_PATH).
export function installBridge(): void {
  const target = window as unknown as { naslag: unknown };
  target.naslag = {
    invoke: async (channel: string, args: unknown) => {
      const body = JSON.stringify(args ?? {});
      const response = await fetch(`/__naslag/invoke/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        // A call made as the page closes still arrives, as an IPC message does in
        // Electron. Browsers allow this only for small bodies (64 KB in flight).
        keepalive: body.length < 32_000,
      });
      return response.json();
    },
  };
}
