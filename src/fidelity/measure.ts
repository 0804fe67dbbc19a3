/**
 * The fidelity measure as a whole: read a corpus, run the real ingest over it once, score
 * every page against its truth, count what was lost. `npm run fidelity` prints the result.
 */
import { buildArchive } from '../content/archive.ts';
import type { CorpusPage } from './corpus.ts';
import { readEntry, type ReadEntry } from './entry-text.ts';
import { ingestCorpus } from './ingest-corpus.ts';
import { lostCharacters } from './lost.ts';
import { scorePage, summarize, type PageResult, type Row } from './score.ts';

export interface Measurement {
  /** Every page, sorted by id. */
  pages: PageResult[];
  /** One row per layout and the "all" row last. */
  rows: Row[];
  /** Wall time of the whole measure, and of the ingest runs within it. */
  seconds: number;
  ingestSeconds: number;
}

/**
 * Measures how well the ingest reads a corpus (src/fidelity/corpus.ts `readCorpus`): one ingest
 * run over all its pages in a scratch tree, every page scored against its truth. Throws only
 * when the ingest fails other than by refusing a page.
 */
export function measureFidelity(corpus: CorpusPage[]): Measurement {
  const started = performance.now();
  const { content, refused, ingestSeconds } = ingestCorpus(corpus);

  const photosOf = buildArchive(content).photosByArticle;
  const entriesOf = new Map<string, ReadEntry[]>();
  for (const article of content.articles) {
    const list = entriesOf.get(article.source.file) ?? [];
    list.push(readEntry(article, photosOf.get(article.id) ?? []));
    entriesOf.set(article.source.file, list);
  }
  // A page header (版头) and foot are kept on the page's own entry, not on an article's.
  const headerOf = new Map(content.sections.map((s) => [s.source, [...(s.header ?? []), ...(s.footer ?? [])]]));
  const pages = corpus.map((page): PageResult => {
    const entries = (entriesOf.get(page.name) ?? []).sort((a, b) => a.seq - b.seq);
    return {
      id: page.id,
      layout: page.layout,
      ...scorePage(page.articles, entries),
      refused: refused.get(page.id) ?? null,
      lost: refused.has(page.id) ? [] : lostCharacters(page.text, [...(headerOf.get(page.name) ?? []), ...entries.map((e) => e.text)]),
      entries,
    };
  });
  return { pages, rows: summarize(pages), seconds: (performance.now() - started) / 1000, ingestSeconds };
}
