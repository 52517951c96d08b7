// A Vite plugin that builds the corpus from the raw letters at build time and
// serves it (and anything else built from it) as virtual modules. In dev the
// raw letters are watched: editing one rebuilds the corpus and reloads.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Corpus } from '../../core/corpus/model';
import { defaultLettersDir, letterFiles, loadLetters } from './load-letters';
import { bundledModules } from './virtual-modules';
import type { VirtualModule } from './virtual-modules';

export interface CorpusPluginOptions {
  lettersDir?: string;
  /** The virtual modules to serve; by default the corpus and its registered companions. */
  modules?: readonly VirtualModule[];
}

const RESOLVED_PREFIX = '\0';

export function corpusPlugin(options: CorpusPluginOptions = {}): Plugin {
  const lettersDir = options.lettersDir ?? defaultLettersDir;
  const modules = new Map(
    (options.modules ?? bundledModules).map((module) => [module.id as string, module]),
  );
  const files = new Set(letterFiles(lettersDir).map((file) => resolve(file)));
  let corpus: Corpus | undefined;

  const isLetterFile = (file: string): boolean => files.has(resolve(file));

  return {
    name: 'naslag-corpus',
    resolveId(id) {
      return modules.has(id) ? RESOLVED_PREFIX + id : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return undefined;
      const module = modules.get(id.slice(RESOLVED_PREFIX.length));
      if (!module) return undefined;
      for (const file of files) this.addWatchFile(file);
      try {
        corpus ??= loadLetters(lettersDir);
      } catch (error) {
        this.error(
          `The corpus could not be built from the raw letters: ${(error as Error).message}`,
        );
      }
      return module.source(corpus);
    },
    watchChange(id) {
      if (isLetterFile(id)) corpus = undefined;
    },
    hotUpdate({ file }) {
      if (!isLetterFile(file)) return undefined;
      corpus = undefined;
      const graph = this.environment.moduleGraph;
      return [...modules.keys()].flatMap((id) => {
        const module = graph.getModuleById(RESOLVED_PREFIX + id);
        if (!module) return [];
        graph.invalidateModule(module);
        return [module];
      });
    },
  };
}
