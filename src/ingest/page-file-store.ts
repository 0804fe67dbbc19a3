/**
 * The page images and PDFs (版面图, page-files.ts) one ingest run works on: those in
 * content/sources, those given on the command line beside the pages' text, and those of pages
 * taken out with --remove; read and checked once each. Used by run.ts; reads files, writes none.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, parseDocument } from 'yaml';
import type { PageImage, PagePdf } from '../schema/entries.ts';
import { IngestError } from './errors.ts';
import { inspectPageImage, inspectPagePdf, pageFileKind, pairPageFiles, stemOf, type PageFileNames } from './page-files.ts';
import { readBytes, type GivenFile, type ShowPath } from './source-files.ts';

/** A page's image and PDF as its page entry records them. */
export interface PageFileFacts {
  image?: PageImage;
  pdf?: PagePdf;
}

/** Whether a command-line argument is a page image or PDF (by its extension) rather than a page's text. */
export function isPageFileArg(file: string): boolean {
  return pageFileKind(path.basename(file)) !== null;
}

/**
 * The page images and PDFs named on the command line, read. Each must be a readable regular
 * file whose name can stand in content/sources (not hidden, no control characters); two may
 * not share a name. Throws IngestError naming the file otherwise.
 */
export function givenPageFiles(files: string[], shown: ShowPath): GivenFile[] {
  const out: GivenFile[] = [];
  for (const file of files) {
    let isFile: boolean;
    try {
      isFile = statSync(file).isFile();
    } catch {
      throw new IngestError({ file, message: '文件不存在（no such file）', hint: '请检查路径' });
    }
    if (!isFile) throw new IngestError({ file, message: '这不是普通文件（not a regular file）', hint: '请给出版面图（.jpg、.png、.webp）或版面 PDF 文件' });
    const name = path.basename(file);
    if (name.startsWith('.') || /[\\\p{Cc}\u2028\u2029]/u.test(name) || /\p{Default_Ignorable_Code_Point}/u.test(name)) {
      throw new IngestError({ file, message: '文件名以“.”开头，或含有反斜杠、控制字符或不可见字符（bad file name）', hint: '请改用与版面文本相同的文件名（如 005_x.jpg 配 005_x.txt）后再导入' });
    }
    if (pageFileKind(name) === 'unsupported') {
      throw new IngestError({ file, message: `${path.extname(name).slice(1).toUpperCase()} 格式的版面图网页无法显示（unsupported image format）`, hint: `请另存为 JPEG（${stemOf(name)}.jpg）、PNG 或 WebP 后再导入` });
    }
    const same = out.find((f) => f.name === name);
    if (same) {
      if (path.resolve(file) === path.resolve(same.displayPath)) continue;
      throw new IngestError({ file, message: `与 ${same.displayPath} 同名（two files with the same name）`, hint: '一次只给出其中一个' });
    }
    out.push({ name, bytes: readBytes(file, shown), displayPath: shown(file) });
  }
  return out;
}

/** The page images and PDFs in content/sources (and images of formats the site cannot show), sorted; hidden files left out. */
export function listPageFiles(sourcesDir: string): string[] {
  if (!existsSync(sourcesDir)) return [];
  return readdirSync(sourcesDir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.') && pageFileKind(e.name) !== null)
    .map((e) => e.name)
    .sort();
}

/** What metadata.yaml's text names as `image:` and `pdf:` of each of `sources` (read loosely: a broken file names nothing here; the metadata reader refuses it). */
export function namedInMetadata(text: string | null, sources: readonly string[]): string[] {
  if (text === null || sources.length === 0) return [];
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length || !isMap(doc.contents)) return [];
  const names: string[] = [];
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !sources.includes(String(pair.key.value)) || !isMap(pair.value)) continue;
    for (const field of ['image', 'pdf']) {
      const value: unknown = pair.value.get(field);
      if (typeof value === 'string') names.push(value.trim());
    }
  }
  return names;
}

export interface PageFilesOfRun {
  /** Source → the names of its page image and PDF. */
  pairs: Map<string, PageFileNames>;
  /** The sources whose page files were given on the command line (their issues are read again). */
  touched: Set<string>;
  /** A source's page files read and checked (each file read once per run). */
  factsOf(source: string): PageFileFacts;
  /** Given page files to copy into content/sources (`sources/<name>` → bytes), when new or changed. */
  copies: Map<string, Uint8Array>;
  /** Page files of removed sources, to delete with them (`sources/<name>`). */
  removals: string[];
  /** Report lines of a source: its page image and PDF. */
  notes(source: string): string[];
}

/**
 * Pairs every remaining source with its page files (page-files.ts' rules), and says what the
 * run does with them. `named` is what metadata.yaml (as it will be) names per source;
 * `removedFiles` the page files of the removed sources (by base name or as metadata named them).
 * Throws IngestError for the pairing refusals and, when a page's files are read, for a file
 * that is no good image or PDF.
 */
export function pageFilesOfRun(options: {
  sourcesDir: string;
  sources: readonly string[];
  existing: readonly string[];
  given: readonly GivenFile[];
  named: ReadonlyMap<string, PageFileNames>;
  removedFiles: readonly string[];
  shown: ShowPath;
}): PageFilesOfRun {
  const { sourcesDir, sources, existing, given, named, shown } = options;
  const removedSet = new Set(options.removedFiles);
  const names = [...new Set([...existing.filter((n) => !removedSet.has(n)), ...given.map((f) => f.name)])].sort();
  const displayOf = (name: string) => given.find((f) => f.name === name)?.displayPath ?? shown(path.join(sourcesDir, name));
  const pairs = pairPageFiles(sources, names, named, displayOf);
  const ownerOf = new Map<string, string>();
  for (const [source, files] of pairs) for (const file of Object.values(files)) ownerOf.set(file, source);
  const touched = new Set(given.map((f) => ownerOf.get(f.name)!));
  const bytesOf = (name: string) => given.find((f) => f.name === name)?.bytes ?? readBytes(path.join(sourcesDir, name), shown);

  const memo = new Map<string, PageFileFacts>();
  const factsOf = (source: string): PageFileFacts => {
    let facts = memo.get(source);
    if (facts) return facts;
    const files = pairs.get(source) ?? {};
    facts = {};
    if (files.image !== undefined) facts.image = inspectPageImage(bytesOf(files.image), files.image, displayOf(files.image));
    if (files.pdf !== undefined) facts.pdf = inspectPagePdf(bytesOf(files.pdf), files.pdf, displayOf(files.pdf));
    memo.set(source, facts);
    return facts;
  };

  const copies = new Map<string, Uint8Array>();
  for (const f of given) {
    const target = path.join(sourcesDir, f.name);
    if (!existsSync(target) || !readBytes(target, shown).equals(f.bytes)) copies.set(`sources/${f.name}`, f.bytes);
  }
  const notes = (source: string): string[] => {
    const facts = memo.get(source);
    if (!facts) return [];
    const lines: string[] = [];
    if (facts.image) lines.push(`版面图：${facts.image.file}（${facts.image.format.toUpperCase()}，${facts.image.width}×${facts.image.height} 像素，${size(facts.image.bytes)}）`);
    if (facts.pdf) lines.push(`版面 PDF：${facts.pdf.file}（${size(facts.pdf.bytes)}）`);
    return lines;
  };
  return { pairs, touched, factsOf, copies, removals: options.removedFiles.map((n) => `sources/${n}`), notes };
}

/** The page files that go with removed sources: those of their base name, and those metadata.yaml named for them. */
export function removedPageFiles(existing: readonly string[], removed: readonly string[], metadataText: string | null): string[] {
  const stems = new Set(removed.map(stemOf));
  const named = new Set(namedInMetadata(metadataText, removed));
  return existing.filter((n) => stems.has(stemOf(n)) || named.has(n));
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
