// zod compiles its object parsers with `new Function` when it may, and the first schema it
// builds probes for that. The renderer's policy forbids eval, so the probe was refused and
// reported as a CSP violation on every load. Jitless, zod neither probes nor compiles; the
// interpreted parsers are ample for the renderer's few calls. This module must run before any
// schema is built: the views that use zod load it first (routes.tsx).
import { z } from 'zod';

z.config({ jitless: true });
