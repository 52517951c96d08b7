// The renderer's Content-Security-Policy, defined once: the Electron shell sends it on every
// response of its app:// protocol, and the browser test harness sends the same header, so a
// renderer change that needs a looser policy fails in tests before it ships.
//
// Why each source is allowed:
// - script/style/font/connect/worker 'self': Vite emits every script, stylesheet, font, worker
//   and data file as a separate file of the app's own origin. React and recharts set styles
//   through the CSSOM (element.style), which CSP does not govern, so no 'unsafe-inline'.
// - img-src data:: small icons may be inlined by the bundler.
// Everything else falls back to default-src 'none': no frames, media, manifests or plugins.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
