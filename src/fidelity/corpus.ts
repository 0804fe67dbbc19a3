/**
 * A measuring corpus on disk: DIR/pages/<id>.txt (a printed page as plain text) and
 * DIR/truth/<id>.json (what is really printed on it: the page's date, number, layout and its
 * articles with their exact headline blocks and paragraphs). The format is the one of
 * /work/shared/corpus/rmrb-2019 (its README.md describes every field); only the fields the
 * fidelity measure uses are checked here, the rest are kept as they are.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';

/** One article as printed: `""` for an absent kicker or subheadline. */
export interface TruthArticle {
  kicker: string;
  headline: string;
  subheadline: string;
  paragraphs: string[];
}

export interface CorpusPage {
  /** The page id, e.g. rmrb-20190213-05: the page file's name without `.txt`. */
  id: string;
  /** The page file's name (what the ingest's metadata and entries call it). */
  name: string;
  /** Absolute path of the page file. */
  file: string;
  /** The page's text (UTF-8). */
  text: string;
  date: string;
  page: number;
  /** How the page's text is laid out (para-lines, blank-lines, column-wrap, broken, markdown …). */
  layout: string;
  articles: TruthArticle[];
}

/** A corpus that cannot be read: the file at fault and what is wrong with it. */
export class CorpusError extends Error {
  readonly file: string;

  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'CorpusError';
    this.file = file;
  }
}

const truthArticle = z.object({
  kicker: z.string().nullable().optional(),
  headline: z.string().nullable().optional(),
  subheadline: z.string().nullable().optional(),
  paragraphs: z.array(z.string()),
});

const truthFile = z.object({
  id: z.string().min(1),
  date: z.iso.date(),
  page: z.number().int().min(1).max(99),
  layout: z.string().min(1),
  articles: z.array(truthArticle),
});

/**
 * Reads every page of a corpus with its truth, sorted by id. Takes the corpus folder; gives
 * the pages. Throws CorpusError when the folder lacks pages/ or truth/, when a page has no
 * truth file or a truth file no page, or when a truth file is not valid JSON of the format.
 */
export function readCorpus(dir: string): CorpusPage[] {
  const pagesDir = path.join(dir, 'pages');
  const truthDir = path.join(dir, 'truth');
  for (const sub of [pagesDir, truthDir]) {
    if (!fs.existsSync(sub) || !fs.statSync(sub).isDirectory()) {
      throw new CorpusError(sub, '语料目录里没有这个文件夹（a corpus needs pages/ and truth/）');
    }
  }
  const pageNames = fs.readdirSync(pagesDir).filter((f) => f.endsWith('.txt')).sort();
  const truthNames = new Set(fs.readdirSync(truthDir).filter((f) => f.endsWith('.json')));
  if (pageNames.length === 0) throw new CorpusError(pagesDir, '没有任何 .txt 版面（no pages）');

  const pages = pageNames.map((name) => {
    const id = name.slice(0, -'.txt'.length);
    const truthPath = path.join(truthDir, `${id}.json`);
    if (!truthNames.delete(`${id}.json`)) throw new CorpusError(path.join(pagesDir, name), `没有对应的 truth/${id}.json（page without truth）`);
    const truth = parseTruth(fs.readFileSync(truthPath, 'utf8'), truthPath);
    if (truth.id !== id) throw new CorpusError(truthPath, `id 是“${truth.id}”，与文件名 ${id} 不符`);
    const file = path.join(pagesDir, name);
    return { id, name, file, text: fs.readFileSync(file, 'utf8'), date: truth.date, page: truth.page, layout: truth.layout, articles: truth.articles };
  });
  const orphan = [...truthNames].sort()[0];
  if (orphan) throw new CorpusError(path.join(truthDir, orphan), '没有对应的 pages/ 版面（truth without page）');
  return pages;
}

/** One truth file's text → its fields, with absent kickers and subheadlines as `""`. Throws CorpusError. */
export function parseTruth(text: string, file: string): Omit<CorpusPage, 'name' | 'file' | 'text'> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CorpusError(file, `不是有效的 JSON：${(error as Error).message}`);
  }
  const parsed = truthFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CorpusError(file, `字段 ${issue.path.join('.') || '(顶层)'}：${issue.message}`);
  }
  const t = parsed.data;
  return {
    id: t.id,
    date: t.date,
    page: t.page,
    layout: t.layout,
    articles: t.articles.map((a) => ({
      kicker: a.kicker ?? '',
      headline: a.headline ?? '',
      subheadline: a.subheadline ?? '',
      paragraphs: a.paragraphs,
    })),
  };
}
