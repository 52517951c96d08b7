// zod compiles its object parsers with `new Function` when it may, and every object
// schema it builds probes for that first. The renderer's policy forbids eval, so the
// probe was refused and reported as a CSP violation. Jitless, zod neither probes nor
// compiles; the interpreted parsers are ample for the renderer's few calls.
//
// The renderer build resolves every `import … from 'zod'` to this module
// (electron.vite.config.ts), so the setting is made before any schema is built, in
// whichever chunk that schema lands: an import in the entry would run too late for a
// chunk the entry itself imports.
import { z } from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
