import { describe, expect, it } from 'vitest';
import { dropUnusedCustomProperties } from './unused-custom-properties';

const TOKENS =
  '.rhc-theme{--rhc-blue:#154273;--rhc-text:var(--rhc-blue);--rhc-unused:1px;--rhc-font:"Fira Sans", sans-serif;--rhc-gap:2px;--rhc-also-unused:var(--rhc-gap)}';

describe('dropUnusedCustomProperties', () => {
  it('keeps what a style uses, through other properties, and drops the rest', () => {
    const [tokens] = dropUnusedCustomProperties(
      [TOKENS, 'a{color:var(--rhc-text);font-family:var(--rhc-font)}'],
      [],
    );
    expect(tokens).toBe(
      '.rhc-theme{--rhc-blue:#154273;--rhc-text:var(--rhc-blue);--rhc-font:"Fira Sans", sans-serif}',
    );
  });

  it('keeps a property used only by another stylesheet, such as a lazily loaded view', () => {
    const [tokens, view] = dropUnusedCustomProperties(
      [TOKENS, '.chart{margin:var(--rhc-gap)}'],
      [],
    );
    expect(tokens).toContain('--rhc-gap:2px');
    expect(view).toBe('.chart{margin:var(--rhc-gap)}');
  });

  it('follows a fallback, and the properties a kept property refers to', () => {
    const [tokens] = dropUnusedCustomProperties(
      [TOKENS, 'p{padding:var(--app-pad, var(--rhc-also-unused))}'],
      [],
    );
    expect(tokens).toContain('--rhc-also-unused:var(--rhc-gap)');
    expect(tokens).toContain('--rhc-gap:2px');
    expect(tokens).not.toContain('--rhc-unused');
  });

  it('keeps a property a script names, since it may set or read it', () => {
    const [tokens] = dropUnusedCustomProperties(
      [TOKENS],
      [
        'el.style.setProperty("--rhc-unused","3px");getComputedStyle(el).getPropertyValue(`--rhc-gap`)',
      ],
    );
    expect(tokens).toContain('--rhc-unused:1px');
    expect(tokens).toContain('--rhc-gap:2px');
    expect(tokens).not.toContain('--rhc-blue');
  });

  it('removes a rule or @media block left empty and keeps every other rule and declaration as written', () => {
    const css =
      ':root{--only:1}@media (prefers-color-scheme:dark){:root{--dark-only:2}}body{margin:0}';
    expect(dropUnusedCustomProperties([css], [])).toEqual(['body{margin:0}']);
  });

  it('keeps a property declared in one theme and used in another', () => {
    const css = ':root{--fg:#000}:root[data-theme=dark]{--fg:#fff}body{color:var(--fg)}';
    expect(dropUnusedCustomProperties([css], [])).toEqual([css]);
  });

  it('keeps what a condition names, what a script builds from a prefix, and names with _ or digits', () => {
    const css =
      ':root{--a:1;--b:2;--rhc-x:3;--rhc-y:4;--_c:5;--2d:6;--gone:7}' +
      '@supports (--a: 0){p{color:red}}@container style(--b: 2){p{color:blue}}';
    const [out] = dropUnusedCustomProperties(
      [css],
      ['const v = "--rhc-" + name; el.style.setProperty("--_c", v); read("--2d")'],
    );
    expect(out).toBe(
      ':root{--a:1;--b:2;--rhc-x:3;--rhc-y:4;--_c:5;--2d:6}' +
        '@supports (--a: 0){p{color:red}}@container style(--b: 2){p{color:blue}}',
    );
  });

  it('leaves an empty @layer, which still orders the layers', () => {
    const css = '@layer base{:root{--gone:1}}@layer app{p{margin:0}}';
    expect(dropUnusedCustomProperties([css], [])).toEqual(['@layer base{}@layer app{p{margin:0}}']);
  });
});
