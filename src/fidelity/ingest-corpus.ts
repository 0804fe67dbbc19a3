/**
 * Runs the real ingest (src/ingest/run.ts) over a corpus in a scratch content tree and reads
 * the entries back with the site's reader (src/content/read.ts). The only part of the
 * fidelity measure that touches files; the scratch tree is removed afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isIngestError } from '../ingest/errors.ts';
import { METADATA_FILE } from '../ingest/metadata.ts';
import { ingest } from '../ingest/run.ts';
import { readContent, type Content } from '../content/read.ts';
import type { CorpusPage } from './corpus.ts';

export interface CorpusIngest {
  /** The entries written, read back. */
  content: Content;
  /** Pages the ingest refused (left out of the run that was read back), with its message. */
  refused: Map<string, string>;
  /** Seconds spent in the ingest runs (all of them, refused ones included). */
  ingestSeconds: number;
}

/**
 * The staff metadata giving every page its date and page number (docs/metadata.md), and the
 * line of the file each page's entry starts on. Pure.
 */
export function metadataFor(pages: Array<Pick<CorpusPage, 'name' | 'date' | 'page'>>): { text: string; startLine: Map<string, number> } {
  const lines: string[] = [];
  const startLine = new Map<string, number>();
  for (const p of pages) {
    startLine.set(p.name, lines.length + 1);
    lines.push(`${JSON.stringify(p.name)}:`, `  date: ${p.date}`, `  page: ${p.page}`);
  }
  return { text: lines.join('\n') + '\n', startLine };
}

/**
 * Copies the pages into a fresh content tree under the system's temporary folder with a
 * metadata.yaml, runs the ingest once over all of them and reads the entries back. A page the
 * ingest refuses (IngestError) is recorded with the message, taken out, and the ingest run
 * again without it, so the others are still read. Throws when the ingest fails in any other
 * way, or refuses something that is no one page's fault.
 */
export function ingestCorpus(pages: CorpusPage[]): CorpusIngest {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-fidelity-'));
  const contentDir = path.join(root, 'content');
  const sourcesDir = path.join(contentDir, 'sources');
  const refused = new Map<string, string>();
  let ingestSeconds = 0;
  try {
    fs.mkdirSync(sourcesDir, { recursive: true });
    for (const p of pages) fs.copyFileSync(p.file, path.join(sourcesDir, p.name));
    let left = [...pages];
    while (left.length > 0) {
      const metadata = metadataFor(left);
      fs.writeFileSync(path.join(sourcesDir, METADATA_FILE), metadata.text);
      const started = performance.now();
      try {
        ingest({ contentDir });
        ingestSeconds += (performance.now() - started) / 1000;
        break;
      } catch (error) {
        ingestSeconds += (performance.now() - started) / 1000;
        if (!isIngestError(error)) throw error;
        const culprit = pageAtFault(error.file, error.line, left, metadata.startLine);
        if (!culprit) throw new Error(`导入拒绝了整个语料，而不是某一版（the ingest refused the corpus as a whole）：${error.format()}`);
        // The scratch tree is gone afterwards: name the file alone.
        const where = error.line === undefined ? path.basename(error.file) : `${path.basename(error.file)}:${error.line}`;
        refused.set(culprit.id, `${where}: ${error.message} — ${error.hint}`);
        fs.rmSync(path.join(sourcesDir, culprit.name));
        left = left.filter((p) => p !== culprit);
      }
    }
    if (left.length === 0) {
      return { content: { issues: [], sections: [], articles: [], photos: [], digests: new Map() }, refused, ingestSeconds };
    }
    // The reader keeps a cache of what it read; keep that one inside the scratch tree too.
    return { content: readContent(contentDir, { cacheDir: path.join(root, 'cache') }), refused, ingestSeconds };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** The page an IngestError is about: the page file it names, or the page whose metadata entry holds the line. */
function pageAtFault(file: string, line: number | undefined, pages: CorpusPage[], startLine: Map<string, number>): CorpusPage | undefined {
  const name = path.basename(file);
  if (name !== METADATA_FILE) return pages.find((p) => p.name === name);
  if (line === undefined) return undefined;
  let best: CorpusPage | undefined;
  for (const p of pages) if (startLine.get(p.name)! <= line && (!best || startLine.get(p.name)! > startLine.get(best.name)!)) best = p;
  return best;
}
