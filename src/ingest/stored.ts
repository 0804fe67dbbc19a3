/**
 * What the archive already holds that an ingest run reads back before it runs the pipeline: the
 * id ledger, the staff's metadata.yaml, and the page entries written from each source. Used by
 * run.ts; reads files, writes none. Everything wrong with them is an IngestError naming the file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS } from '../content/paths.ts';
import { displayPath } from '../content/problems.ts';
import { LEDGER_FIX, parseLedger } from '../content/ledger.ts';
import { decodeSource, type DecodeKind } from './decode.ts';
import { IngestError } from './errors.ts';
import type { Ledger } from './ids.ts';
import { readBytes } from './source-files.ts';

/** The biggest metadata.yaml read: a few decades of pages, not one page (decode.ts' limit). */
const MAX_METADATA_BYTES = 64 * 1024 * 1024;
/** What the decoder advises about a metadata.yaml that is not text: it is the staff's YAML, not a page. */
const METADATA_TEXT: DecodeKind = {
  what: '元数据文件',
  textHint: 'metadata.yaml 须是 UTF-8 纯文本的 YAML（格式见 docs/metadata.md）：请用文本编辑器打开，删去乱码或另存为 UTF-8；或从 git 恢复它',
  sizeHint: '元数据文件只记各版面的日期、版次和版名；请检查是否放错了文件',
};

/**
 * content/ids.json, checked against its schema (src/schema/ledger.ts, through
 * src/content/ledger.ts, as every reader checks it). Throws IngestError for a broken or wrongly
 * shaped ledger, as the manifest is refused: restoring it, never deleting it.
 */
export function readLedger(file: string): Ledger {
  const read = parseLedger(readBytes(file, displayPath).toString('utf8'));
  if ('why' in read) throw new IngestError({ file: displayPath(file), line: read.line, message: `稿件号账本损坏：${read.why}（broken id ledger）`, hint: LEDGER_FIX });
  return read.ledger;
}

/**
 * metadata.yaml's text, decoded as sources are (UTF-8, UTF-16, GB18030: decode.ts), so a file
 * saved in GBK reads right; '' for a file of white space only. Throws IngestError naming the file
 * (and line) when it cannot be read or decoded.
 */
export function readMetadataText(file: string, shownPath: string): string {
  const bytes = readBytes(file, () => shownPath);
  if (bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) return '';
  return decodeSource(bytes, shownPath, { maxBytes: MAX_METADATA_BYTES, kind: METADATA_TEXT });
}

/** A page entry already written, as the ingest needs it. */
export interface SourceSection {
  /** Its path in the content tree (`sections/2025/2025-12-28-01.json`). */
  rel: string;
  issue: string;
  page: number;
  /** The sources it replaced (`replace: true`): they are still in content/sources, and belong to its issue. */
  replaces?: string[];
}

/**
 * Source file name → the page entries written from it, in path order (normally one), from the
 * entries already in the tree: the ingest re-reads only the given files' issues. Read loosely: a
 * broken page entry is reported by the build's content check; here its page is simply left out,
 * so it is read again.
 */
export function sourceSections(contentDir: string): Map<string, SourceSection[]> {
  const map = new Map<string, SourceSection[]>();
  const root = path.join(contentDir, 'sections');
  if (!existsSync(root)) return map;
  for (const rel of (readdirSync(root, { recursive: true }) as string[]).sort()) {
    if (!rel.endsWith(COLLECTIONS.sections.ext)) continue;
    try {
      const section = JSON.parse(readFileSync(path.join(root, rel), 'utf8')) as { source?: unknown; issue?: unknown; page?: unknown; replaces?: unknown };
      if (typeof section.source !== 'string' || typeof section.issue !== 'string') continue;
      const replaces = Array.isArray(section.replaces) ? section.replaces.filter((r): r is string => typeof r === 'string') : [];
      const entry = { rel: `sections/${rel.split(path.sep).join('/')}`, issue: section.issue, page: Number(section.page), ...(replaces.length ? { replaces } : {}) };
      map.set(section.source, [...(map.get(section.source) ?? []), entry]);
    } catch {
      // Left out: see above.
    }
  }
  return map;
}

/**
 * Source file name → the issue its page is in (the last page entry's, in path order), from
 * sourceSections; a source another page replaced → that page's issue (it is read again with it,
 * never on its own).
 */
export function sourceIssues(sections: Map<string, SourceSection[]>): Map<string, string> {
  const issues = new Map([...sections].map(([source, list]) => [source, list.at(-1)!.issue]));
  for (const list of sections.values()) for (const s of list) for (const old of s.replaces ?? []) if (!issues.has(old)) issues.set(old, s.issue);
  return issues;
}
