// The Rijkshuisstijl tokens declare about 1,500 custom properties on the root
// element; the app uses fewer than a hundred. Every page load parses the rest and
// the root's style carries them all, so the build drops each custom property
// that nothing can reach: no var() in any stylesheet (directly, or through
// another kept property) and no mention in any script, which may set or read
// one by name.
import postcss from 'postcss';
import type { Plugin } from 'vite';

const USE = /var\(\s*(--[\w-]+)/g;
const NAME = /--[\w-]+/g;
/** Block at-rules that mean nothing once empty (an empty @layer still sets the layers' order). */
const CONDITIONAL = new Set(['media', 'supports', 'container']);

const referencedIn = (value: string): string[] => [...value.matchAll(USE)].map((m) => m[1]!);

/**
 * The stylesheets without the custom properties none of them, nor any script,
 * refers to. Stylesheets and scripts are the whole build: a property used only by
 * a lazily loaded view's stylesheet is kept.
 */
export function dropUnusedCustomProperties(
  stylesheets: readonly string[],
  scripts: readonly string[],
): string[] {
  const roots = stylesheets.map((css) => postcss.parse(css));
  const definitions = new Map<string, string[]>();
  const wanted: string[] = scripts.flatMap((code) => code.match(NAME) ?? []);
  for (const root of roots) {
    // Conditions name properties too: @supports (--x: 0), @container style(--x: y).
    root.walkAtRules((atRule) => {
      wanted.push(...(atRule.params.match(NAME) ?? []));
    });
    root.walkDecls((declaration) => {
      const uses = referencedIn(declaration.value);
      if (declaration.prop.startsWith('--')) {
        definitions.set(declaration.prop, [...(definitions.get(declaration.prop) ?? []), ...uses]);
      } else wanted.push(...uses);
    });
  }
  // A script that builds a name from a prefix ('--rhc-' + name) may want any property with it.
  const prefixes = wanted.filter((name) => name.endsWith('-'));
  for (const name of definitions.keys())
    if (prefixes.some((prefix) => name.startsWith(prefix))) wanted.push(name);

  const kept = new Set<string>();
  while (wanted.length > 0) {
    const name = wanted.pop()!;
    if (kept.has(name)) continue;
    kept.add(name);
    wanted.push(...(definitions.get(name) ?? []));
  }

  return roots.map((root) => {
    root.walkDecls((declaration) => {
      if (declaration.prop.startsWith('--') && !kept.has(declaration.prop)) declaration.remove();
    });
    root.walkRules((rule) => {
      if (rule.nodes.length === 0) rule.remove();
    });
    root.walkAtRules((atRule) => {
      if (CONDITIONAL.has(atRule.name) && atRule.nodes?.length === 0) atRule.remove();
    });
    return root.toString();
  });
}

/** Applies dropUnusedCustomProperties to the built stylesheets, after they are minified. */
export function unusedCustomProperties(): Plugin {
  return {
    name: 'naslag-unused-custom-properties',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const files = Object.values(bundle);
        const stylesheets = files.filter(
          (file) => file.type === 'asset' && file.fileName.endsWith('.css'),
        );
        const scripts = files.flatMap((file) =>
          file.type === 'chunk'
            ? [file.code]
            : file.fileName.endsWith('.html')
              ? [String(file.source)]
              : [],
        );
        const pruned = dropUnusedCustomProperties(
          stylesheets.map((file) => (file.type === 'asset' ? String(file.source) : '')),
          scripts,
        );
        stylesheets.forEach((file, index) => {
          if (file.type === 'asset') file.source = pruned[index]!;
        });
      },
    },
  };
}
