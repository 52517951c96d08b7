import { describe, expect, it } from 'vitest';
import type { SerializedSearchIndex } from '../../core/search/index';
import { loadSearchIndex } from '../../core/search/index';
import { search } from '../../core/search/search';
import { loadLetters } from './load-letters';
import { bundledModules, searchIndexModule } from './virtual-modules';

describe('virtual:naslag/search-index', () => {
  it('is served with the corpus and loads into a searchable index', async () => {
    expect(bundledModules).toContain(searchIndexModule);
    const source = searchIndexModule.source(loadLetters());
    const url = `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`;
    const serialized = (
      (await import(/* @vite-ignore */ url)) as { default: SerializedSearchIndex }
    ).default;
    const [first] = search(loadSearchIndex(serialized), 'ontsleutelplicht');
    expect(first).toMatchObject({ letterId: 'kst-31015-81', sectionId: 'encryptie' });
  });
});
