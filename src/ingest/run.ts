/**
 * `npm run ingest [-- [--date YYYY-MM-DD] [--page N] FILE...] [--force]`: the only part of the
 * ingest that touches files. Reads content/sources (and the staff metadata), runs the
 * pipeline, and writes the entries.
 *
 * With FILE arguments, those files are copied into content/sources (as part of the same
 * atomic write, so a refused run copies nothing) and only their issues are re-derived: the
 * daily job touches one issue, not the archive. Without, every source is read again. A date
 * and page given with the files are written into metadata.yaml in that same write (given.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir as configuredContentDir } from '../config.ts';
import { entryDate, LEDGER_FILE, sourcesDir as sourcesDirOf } from '../content/paths.ts';
import { sourceIssues } from '../content/read.ts';
import { acquireIngestLock, commitContent, planWrite, readManifest, type WritePlan } from './commit.ts';
import { decodeSource } from './decode.ts';
import { IngestError } from './errors.ts';
import { emptyLedger, type Ledger } from './ids.ts';
import { fileNameMeta, flagMeta, mergeGiven, metadataWithFlags } from './given.ts';
import { METADATA_FILE, parseMetadata, type SourceMeta } from './metadata.ts';
import { likelyIssueDate, runPipeline, type PipelineResult, type SourceText } from './pipeline.ts';

export interface IngestOptions {
  contentDir?: string;
  /** Files to add or re-ingest; all sources when empty. */
  files?: string[];
  /** Overwrite entries a person has edited since the last ingest. */
  force?: boolean;
  /** --date: the issue date of every file given (YYYY-MM-DD). */
  date?: string;
  /** --page: the page number of the single file given. */
  page?: string;
  /** Today (YYYY-MM-DD) for checking given dates; default: the clock's. */
  today?: string;
}

export interface IngestPlan {
  contentDir: string;
  result: PipelineResult;
  /** Entry files and the ledger, relative to contentDir. */
  files: Map<string, string>;
  /** Source files to copy into content/sources, byte for byte (the archival master). */
  copies: Map<string, Uint8Array>;
  /** The sources whose entries this run re-derives (their old entries may be removed). */
  sources: string[];
  /** Which entry paths this run answers for: all of them, or those of the given files' issues. */
  scope: (relPath: string) => boolean;
}

/** Reads everything and runs the pipeline; writes nothing. Throws IngestError on bad input. */
export function planIngest(options: IngestOptions = {}): IngestPlan {
  const contentDir = options.contentDir ?? configuredContentDir();
  const sourcesDir = sourcesDirOf(contentDir);
  const shown = (p: string) => path.relative(process.cwd(), p) || p;

  const flagged = flagMeta({ date: options.date, page: options.page }, options.files ?? [], options.today);
  const incoming = (options.files ?? []).map((file) => {
    if (!existsSync(file)) {
      throw new IngestError({ file, message: '文件不存在（no such file）', hint: '请检查路径' });
    }
    return { name: path.basename(file), bytes: readFileSync(file), displayPath: shown(file) };
  });
  for (const f of incoming) {
    if (!f.name.endsWith('.txt')) {
      throw new IngestError({ file: f.displayPath, message: '来源文件须是 .txt 纯文本（source must be a .txt file）', hint: '请另存为 UTF-8 纯文本 .txt 后再导入' });
    }
  }
  const incomingNames = new Set(incoming.map((f) => f.name));

  const existing = existsSync(sourcesDir) ? readdirSync(sourcesDir).filter((f) => f.endsWith('.txt')).sort() : [];
  const allNames = [...new Set([...existing, ...incoming.map((f) => f.name)])].sort();
  const metadataPath = path.join(sourcesDir, METADATA_FILE);
  const metadataBefore = existsSync(metadataPath) ? readFileSync(metadataPath, 'utf8') : null;
  // Flags are written into metadata.yaml, and read back from it like everything staff give there.
  const metadataText = Object.keys(flagged).length ? metadataWithFlags(metadataBefore, [...incomingNames], flagged) : metadataBefore;
  const metadata = metadataText !== null
    ? parseMetadata(metadataText, shown(metadataPath), { sourceNames: allNames, today: options.today })
    : new Map<string, SourceMeta>();

  if (allNames.length === 0) {
    throw new IngestError({ file: shown(sourcesDir), message: '没有任何来源文件（no sources）', hint: '请把版面文本 .txt 放进 content/sources/ 或在命令后给出文件' });
  }

  const bytesOf = (name: string) => incoming.find((f) => f.name === name)?.bytes ?? readFileSync(path.join(sourcesDir, name));
  const displayOf = (name: string) => incoming.find((f) => f.name === name)?.displayPath ?? shown(path.join(sourcesDir, name));
  const metaOf = new Map(
    allNames.map((name) => {
      const fromName = fileNameMeta(name, displayOf(name), options.today);
      return [name, mergeGiven(name, displayOf(name), metadata.get(name) ?? {}, fromName, incomingNames.has(name) ? flagged : {})];
    }),
  );
  const read = (name: string): SourceText => ({
    name,
    displayPath: displayOf(name),
    text: decodeSource(bytesOf(name), displayOf(name)),
    meta: metaOf.get(name)!,
  });

  const ledgerPath = path.join(contentDir, LEDGER_FILE);
  const ledger: Ledger = existsSync(ledgerPath) ? (JSON.parse(readFileSync(ledgerPath, 'utf8')) as Ledger) : emptyLedger();

  // Given files: re-derive only their issues (every page of them), so the daily job stays cheap.
  // Their issues are those their text points to and those they were in before (a page whose
  // date changes leaves its old issue); if the pipeline dates them otherwise (an issue's date is
  // decided from all its pages), that issue's pages are read as well and the pipeline runs again.
  let names = allNames;
  let dates: Set<string> | null = null;
  let result: PipelineResult;
  if (incoming.length) {
    const issueOf = sourceIssues(contentDir);
    dates = new Set<string>();
    for (const name of incomingNames) {
      const likely = likelyIssueDate(read(name));
      // --MM-DD: the page names the day, not the year; the issues of that day in any year are read with it.
      if (likely?.startsWith('--')) for (const issue of issueOf.values()) if (issue.endsWith(likely.slice(1))) dates.add(issue);
      if (likely && !likely.startsWith('--')) dates.add(likely);
      if (issueOf.has(name)) dates.add(issueOf.get(name)!);
    }
    for (;;) {
      names = allNames.filter((n) => incomingNames.has(n) || !issueOf.has(n) || dates!.has(issueOf.get(n)!));
      result = runPipeline(names.map(read), ledger);
      const more = result.entries.issues.map((i) => i.id).filter((d) => !dates!.has(d));
      if (more.length === 0) break;
      for (const d of more) dates.add(d);
    }
  } else {
    result = runPipeline(names.map(read), ledger);
  }

  const copies = new Map<string, Uint8Array>();
  for (const f of incoming) {
    const target = path.join(sourcesDir, f.name);
    if (!existsSync(target) || !readFileSync(target).equals(f.bytes)) copies.set(`sources/${f.name}`, f.bytes);
  }
  if (metadataText !== null && metadataText !== metadataBefore) copies.set(`sources/${METADATA_FILE}`, Buffer.from(metadataText, 'utf8'));
  const scope = dates === null ? () => true : (rel: string) => rel === LEDGER_FILE || dates!.has(entryDate(rel) ?? '');
  return { contentDir, result, files: result.files, copies, sources: names, scope };
}

export interface IngestOutcome {
  plan: IngestPlan;
  write: WritePlan;
  written: number;
  removed: number;
  /** An interrupted earlier ingest was rolled back before this one ran. */
  recovered: boolean;
}

/** The whole ingest: lock, read, run the pipeline, write atomically, unlock. */
export function ingest(options: IngestOptions = {}): IngestOutcome {
  const contentDir = options.contentDir ?? configuredContentDir();
  const lock = acquireIngestLock(contentDir);
  try {
    const plan = planIngest({ ...options, contentDir });
    const write = planWrite(contentDir, plan.files, readManifest(contentDir), { force: options.force, copies: plan.copies, scope: plan.scope });
    const { written, removed } = commitContent(contentDir, write);
    return { plan, write, written, removed, recovered: lock.recovered };
  } finally {
    lock.release();
  }
}
