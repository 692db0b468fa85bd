/**
 * The knowledge corpus the services answer from: a folder (`KNOWLEDGE_DIR`, by default the
 * sample corpus in mocks/data/knowledge) validated by the same rules as the build
 * (scripts/knowledge/validate-corpus.ts), with its search index. The knowledge backend and the
 * search API both read it from here, so they never disagree about what the corpus holds.
 *
 * In the mock-API service the folder is watched: a changed corpus is validated and indexed in the
 * background while the old one keeps answering, then swapped in at once. A corpus with problems
 * is never swapped in; the problems are logged with file, line and field.
 */
import { createHash } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { resolve } from 'node:path';
import { SearchIndex } from '../../src/features/search/engine/search-index';
import { validateCorpus } from '../../scripts/knowledge/validate-corpus';
import { storeFromCorpus, type KnowledgeCorpus, type KnowledgeStore } from './store';

export type LoadedCorpus = {
  /** Changes whenever the corpus does: part of every ETag. */
  version: string;
  corpus: KnowledgeCorpus;
  store: KnowledgeStore;
  /** Built on first use (the build's prerender never searches). */
  index: () => Promise<SearchIndex>;
};

export class CorpusError extends Error {
  constructor(readonly problems: string[]) {
    super(`Kunskapsmappen har ${problems.length} fel:\n${problems.join('\n')}`);
    this.name = 'CorpusError';
  }
}

export const knowledgeDir = (): string =>
  resolve(process.env.KNOWLEDGE_DIR ?? 'mocks/data/knowledge');

/** Reads, validates and (lazily) indexes a knowledge folder. Throws CorpusError on problems. */
export function loadCorpus(dir: string): LoadedCorpus {
  const { corpus, problems } = validateCorpus(dir);
  if (problems.length > 0) throw new CorpusError(problems);
  return corpusFrom(corpus);
}

/** A validated corpus, ready to answer (tests hand in a small one of their own). */
export function corpusFrom(corpus: KnowledgeCorpus, prebuilt?: SearchIndex): LoadedCorpus {
  const version = createHash('sha256').update(JSON.stringify(corpus)).digest('hex').slice(0, 16);
  let building: Promise<SearchIndex> | null = prebuilt ? Promise.resolve(prebuilt) : null;
  return {
    version,
    corpus,
    store: storeFromCorpus(corpus),
    index: () =>
      (building ??= SearchIndex.build(corpus.documents, corpus.sources, {
        regions: corpus.regions,
      })),
  };
}

let current: LoadedCorpus | null = null;

/** The corpus in use now. */
export function liveCorpus(): LoadedCorpus {
  return (current ??= loadCorpus(knowledgeDir()));
}

/** Tests: answer from this corpus (null: the folder again). */
export function useCorpus(corpus: LoadedCorpus | null): void {
  current = corpus;
}

/** Every store call reads the corpus in use at that moment. */
export const liveStore: KnowledgeStore = {
  sources: () => liveCorpus().store.sources(),
  regions: () => liveCorpus().store.regions(),
  index: () => liveCorpus().store.index(),
  document: (id) => liveCorpus().store.document(id),
};

/** How a process loads a changed folder: validated, with its index (if it searches) built. */
export type CorpusLoader = (dir: string) => Promise<LoadedCorpus>;

/** In this thread: for the knowledge backend, which needs the texts and no index. */
const loadHere: CorpusLoader = async (dir) => loadCorpus(dir);

/**
 * Loads the folder again and swaps it in once it is ready; until then the old corpus answers.
 * Resolves with the new version, or rejects (and keeps the old one) on problems.
 */
export async function reloadCorpus(
  dir: string = knowledgeDir(),
  load: CorpusLoader = loadHere,
): Promise<string> {
  const next = await load(dir);
  current = next;
  return next.version;
}

const RELOAD_DELAY_MS = 300;

/** The service: reload when the folder changes (an editor saves several files at once). */
export function watchCorpus(
  dir: string = knowledgeDir(),
  load: CorpusLoader = loadHere,
): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(dir, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      reloadCorpus(dir, load).then(
        (version) => console.info(`Kunskapskorpusen är uppdaterad (version ${version}).`),
        (error: unknown) =>
          console.error(
            error instanceof CorpusError
              ? `${error.message}\nDen tidigare korpusen svarar fortfarande.`
              : error,
          ),
      );
    }, RELOAD_DELAY_MS);
  });
  return watcher;
}
