/**
 * `npm run ingest [-- [--date YYYY-MM-DD] [--page N] FILE...] [--force] [--remove FILE] [--recover]`:
 * the only part of the ingest that touches files. Reads content/sources (and the staff metadata,
 * and the id ledger), runs the pipeline, and writes the entries.
 *
 * With FILE arguments, those files are copied into content/sources (as part of the same
 * atomic write, so a refused run copies nothing) and only their issues are re-derived: the
 * daily job touches one issue, not the archive. Without, every source is read again. A date
 * and page given with the files are written into metadata.yaml in that same write (given.ts).
 * With --remove, a source leaves the archive on purpose: the file, its entries and its metadata
 * go in one commit, and its article ids are withdrawn for good (their URLs say so on the site).
 * Everything the person running it can get wrong is refused up front as an IngestError.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, parseDocument } from 'yaml';
import { contentDir as configuredContentDir } from '../config.ts';
import { parseMarkdownEntry } from '../content/parse.ts';
import { COLLECTIONS, entryDate, entryPaths, LEDGER_FILE, sourcesDir as sourcesDirOf } from '../content/paths.ts';
import { displayPath } from '../content/problems.ts';
import { sourceIssues } from '../content/read.ts';
import { jsonText } from '../content/write.ts';
import { ledgerSchema, type Withdrawal } from '../schema/ledger.ts';
import { closest } from './closest.ts';
import { acquireIngestLock, commitContent, planWrite, readManifest, type WritePlan } from './commit.ts';
import { decodeSource } from './decode.ts';
import { IngestError } from './errors.ts';
import { emptyLedger, type Ledger } from './ids.ts';
import { invisibleReport } from './invisible.ts';
import { fileNameMeta, flagMeta, mergeGiven, metadataWithFlags } from './given.ts';
import { METADATA_FILE, parseMetadata, type SourceMeta } from './metadata.ts';
import { likelyIssueDate, runPipeline, type PipelineResult, type SourceText } from './pipeline.ts';

export interface IngestOptions {
  contentDir?: string;
  /** Files to add or re-ingest; all sources when empty. */
  files?: string[];
  /** Overwrite entries a person has edited since the last ingest. */
  force?: boolean;
  /** Sources to take out of the archive (names in content/sources, or paths to them). */
  remove?: string[];
  /** The day of the run (YYYY-MM-DD, local time by default): the date a withdrawal is recorded with, and the day given dates are checked against. */
  today?: string;
  /** Called before each step of the commit (swap.ts); tests inject faults here. */
  onStep?: (step: string) => void;
  /** --date: the issue date of every file given (YYYY-MM-DD). */
  date?: string;
  /** --page: the page number of the single file given. */
  page?: string;
}

/** A source taken out by --remove, for the report. */
export interface RemovedSource {
  name: string;
  /** The issue and page it was, when it had been ingested. */
  issue: string | null;
  page: number | null;
  /** Its article ids, now withdrawn. */
  ids: string[];
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
  /** Sources taken out (--remove), their files to delete and the entries that go with them. */
  removed: RemovedSource[];
  sourceRemovals: string[];
  withdrawnPaths: Set<string>;
  /** Per source read: the invisible and direction characters it carries (report lines). */
  notes: Map<string, string[]>;
}

/** The biggest metadata.yaml read: a few decades of pages, not one page (decode.ts' limit). */
const MAX_METADATA_BYTES = 64 * 1024 * 1024;

/** Reads everything and runs the pipeline; writes nothing. Throws IngestError on bad input. */
export function planIngest(options: IngestOptions = {}): IngestPlan {
  const contentDir = options.contentDir ?? configuredContentDir();
  const sourcesDir = sourcesDirOf(contentDir);
  const shown = (p: string) => path.relative(process.cwd(), p) || p;

  const flagged = flagMeta({ date: options.date, page: options.page }, options.files ?? [], options.today);
  const incoming = givenFiles(options.files ?? [], shown);
  const incomingNames = new Set(incoming.map((f) => f.name));
  const existing = listSources(sourcesDir);
  const removedNames = removals(options.remove ?? [], existing, incoming, sourcesDir, shown);
  const allNames = [...new Set([...existing.filter((n) => !removedNames.includes(n)), ...incomingNames])].sort();

  const metadataPath = path.join(sourcesDir, METADATA_FILE);
  const metadataBefore = existsSync(metadataPath) ? readMetadataText(metadataPath, shown(metadataPath)) : null;
  // Removed sources' entries leave metadata.yaml; flags are written into it, and read back from
  // it like everything staff give there.
  const metadataKept = metadataBefore === null ? null : withoutEntries(metadataBefore, removedNames);
  const metadataText = Object.keys(flagged).length ? metadataWithFlags(metadataKept, [...incomingNames], flagged) : metadataKept;
  const metadata = metadataText !== null
    ? parseMetadata(metadataText, shown(metadataPath), { sourceNames: allNames, today: options.today })
    : new Map<string, SourceMeta>();

  if (allNames.length === 0 && removedNames.length === 0) {
    throw new IngestError({ file: shown(sourcesDir), message: '没有任何来源文件（no sources）', hint: '请把版面文本 .txt 放进 content/sources/ 或在命令后给出文件' });
  }

  const ledgerPath = path.join(contentDir, LEDGER_FILE);
  const ledger = existsSync(ledgerPath) ? readLedger(ledgerPath) : emptyLedger();
  refuseVanishedSources(ledger, allNames, removedNames, sourcesDir);

  const bytesOf = (name: string) => incoming.find((f) => f.name === name)?.bytes ?? readBytes(path.join(sourcesDir, name), shown);
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

  // Given or removed files: re-derive only their issues (every page of them), so the daily job
  // stays cheap. Their issues are those their text points to and those they were in before (a
  // page whose date changes leaves its old issue; a removed page leaves its issue); if the
  // pipeline dates them otherwise (an issue's date is decided from all its pages), that issue's
  // pages are read as well and the pipeline runs again.
  const sectionsOf = sourceSections(contentDir);
  let names = allNames;
  let dates: Set<string> | null = null;
  let sources: SourceText[];
  let result: PipelineResult;
  if (incoming.length || removedNames.length) {
    const issueOf = sourceIssues(contentDir);
    dates = new Set<string>();
    for (const name of incomingNames) {
      const likely = likelyIssueDate(read(name));
      // --MM-DD: the page names the day, not the year; the issues of that day in any year are read with it.
      if (likely?.startsWith('--')) for (const issue of issueOf.values()) if (issue.endsWith(likely.slice(1))) dates.add(issue);
      if (likely && !likely.startsWith('--')) dates.add(likely);
      if (issueOf.has(name)) dates.add(issueOf.get(name)!);
    }
    for (const name of removedNames) {
      for (const s of sectionsOf.get(name) ?? []) dates.add(s.issue);
      if (issueOf.has(name)) dates.add(issueOf.get(name)!);
    }
    for (;;) {
      names = allNames.filter((n) => incomingNames.has(n) || !issueOf.has(n) || dates!.has(issueOf.get(n)!));
      sources = names.map(read);
      result = runPipeline(sources, ledger);
      const more = result.entries.issues.map((i) => i.id).filter((d) => !dates!.has(d));
      if (more.length === 0) break;
      for (const d of more) dates.add(d);
    }
  } else {
    sources = names.map(read);
    result = runPipeline(sources, ledger);
  }

  const removed = withdraw(contentDir, result, removedNames, sectionsOf, options.today ?? localToday());
  const withdrawnPaths = withdrawnEntryPaths(contentDir, removed, sectionsOf, result);

  const copies = new Map<string, Uint8Array>();
  for (const f of incoming) {
    const target = path.join(sourcesDir, f.name);
    if (!existsSync(target) || !readFileSync(target).equals(f.bytes)) copies.set(`sources/${f.name}`, f.bytes);
  }
  const sourceRemovals = removedNames.map((n) => `sources/${n}`);
  if (metadataText !== null && metadataText !== metadataBefore) {
    if (metadataText.trim() === '' && removedNames.length) sourceRemovals.push(`sources/${METADATA_FILE}`);
    else copies.set(`sources/${METADATA_FILE}`, Buffer.from(metadataText, 'utf8'));
  }
  const notes = new Map(sources.map((s) => [s.name, invisibleReport(s.text)]));
  const scope = dates === null ? () => true : (rel: string) => rel === LEDGER_FILE || dates!.has(entryDate(rel) ?? '');
  return { contentDir, result, files: result.files, copies, sources: names, scope, removed, sourceRemovals, withdrawnPaths, notes };
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
    const write = planWrite(contentDir, plan.files, readManifest(contentDir), {
      force: options.force,
      copies: plan.copies,
      scope: plan.scope,
      sourceRemovals: plan.sourceRemovals,
      withdrawn: plan.withdrawnPaths,
    });
    const { written, removed } = commitContent(contentDir, write, { onStep: options.onStep });
    return { plan, write, written, removed, recovered: lock.recovered };
  } finally {
    lock.release();
  }
}

/**
 * `npm run ingest -- --recover`: puts back content/ as it was before an ingest that was
 * interrupted while switching it (a crash, a killed process, a full disk), and nothing else.
 * Gives whether there was anything to put back.
 */
export function recoverContent(contentDir: string = configuredContentDir()): boolean {
  const lock = acquireIngestLock(contentDir);
  lock.release();
  return lock.recovered;
}

interface GivenFile {
  name: string;
  bytes: Buffer;
  displayPath: string;
}

/**
 * The files named on the command line, read: each must be a readable regular .txt file whose
 * name can stand in content/sources (not hidden, no control characters), and no two may share a
 * name (the archived source and the entries would come from different files).
 */
function givenFiles(files: string[], shown: (p: string) => string): GivenFile[] {
  const out: (GivenFile & { real: string })[] = [];
  for (const file of files) {
    let stat;
    try {
      stat = statSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new IngestError({ file, message: '文件不存在（no such file）', hint: '请检查路径' });
      }
      throw readError(error, file);
    }
    if (stat.isDirectory()) {
      throw new IngestError({ file, message: '这是一个文件夹，不是版面文本文件（is a directory）', hint: '请给出文件夹里的 .txt 文件，如 文件夹/*.txt' });
    }
    if (!stat.isFile()) {
      throw new IngestError({ file, message: '这不是普通文件（not a regular file）', hint: '请给出版面文本 .txt 文件' });
    }
    const name = path.basename(file);
    checkSourceName(name, file);
    const real = realpathSync(file);
    const same = out.find((f) => f.name === name);
    if (same) {
      if (same.real === real) continue;
      throw new IngestError({
        file,
        message: `与 ${same.displayPath} 同名；content/sources/ 里只能有一个 ${name}（two files with the same name）`,
        hint: '一次只给出其中一个，或把其中一个改名后再导入',
      });
    }
    out.push({ name, bytes: readBytes(file, shown), displayPath: shown(file), real });
  }
  return out.map(({ name, bytes, displayPath: shownPath }) => ({ name, bytes, displayPath: shownPath }));
}

/** A source's file name: it is its name in content/sources, in the ledger and in every entry. */
function checkSourceName(name: string, file: string): void {
  if (!name.endsWith('.txt')) {
    throw new IngestError({ file, message: '来源文件须是 .txt 纯文本（source must be a .txt file）', hint: '请另存为 UTF-8 纯文本 .txt 后再导入' });
  }
  if (name.startsWith('.')) {
    throw new IngestError({ file, message: '文件名以“.”开头，是隐藏文件（hidden file）', hint: '隐藏文件多是系统或编辑器留下的；若确是版面文本，请改名（去掉开头的点）后再导入' });
  }
  if (/[\\\p{Cc}\u2028\u2029]/u.test(name) || /\p{Default_Ignorable_Code_Point}/u.test(name)) {
    throw new IngestError({ file, message: '文件名含有反斜杠、控制字符或不可见字符（bad file name）', hint: '请把文件改名为只含文字、数字、下划线和连字符的名字后再导入' });
  }
}

/** The .txt files of content/sources (hidden files — editors' and systems' leftovers — left out). */
function listSources(sourcesDir: string): string[] {
  if (!existsSync(sourcesDir)) return [];
  try {
    return readdirSync(sourcesDir, { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.txt') && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
  } catch (error) {
    throw readError(error, sourcesDir);
  }
}

/** The names --remove gives, each a source in content/sources; refused when unknown or also given to add. */
function removals(given: string[], existing: string[], incoming: GivenFile[], sourcesDir: string, shown: (p: string) => string): string[] {
  const names: string[] = [];
  for (const arg of given) {
    const name = path.basename(arg);
    if (!existing.includes(name)) {
      const guess = closest(name, existing);
      throw new IngestError({
        file: shown(path.join(sourcesDir, name)),
        message: '--remove 给出的来源文件不在 content/sources/ 里（no such source）',
        hint: guess ? `是不是 ${guess}？--remove 只能撤下档案中已有的来源文件` : '--remove 只能撤下档案中已有的来源文件；请核对文件名',
      });
    }
    if (incoming.some((f) => f.name === name)) {
      throw new IngestError({ file: arg, message: '同一个文件既要导入又要撤下（given and removed）', hint: '一次只做一件事：要替换它，只给出新文件即可' });
    }
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

function readBytes(file: string, shown: (p: string) => string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw readError(error, shown(file));
  }
}

/** A file that cannot be read, as one line naming it. */
function readError(error: unknown, file: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string') return error;
  const why: Record<string, string> = {
    EACCES: '没有读取权限',
    EPERM: '没有读取权限',
    EISDIR: '这是一个文件夹，不是文件',
    EIO: '磁盘读写错误',
    ELOOP: '符号链接循环',
    ENAMETOOLONG: '路径太长',
  };
  return new IngestError({ file, message: `无法读取：${why[code] ?? '文件系统出错'}（${code}）`, hint: '请检查这个文件后重新导入' });
}

/** metadata.yaml decoded as sources are (UTF-8, UTF-16, GB18030), so a file saved in GBK reads right. */
function readMetadataText(file: string, shownPath: string): string {
  const bytes = readBytes(file, () => shownPath);
  if (bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) return '';
  return decodeSource(bytes, shownPath, { maxBytes: MAX_METADATA_BYTES });
}

/** The metadata text without the entries of `names` (comments and the rest kept); the same text when it has none. */
function withoutEntries(text: string, names: string[]): string {
  if (names.length === 0) return text;
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length || !isMap(doc.contents)) return text;
  const before = doc.contents.items.length;
  const kept: typeof doc.contents.items = [];
  let orphanComment: string | undefined;
  for (const pair of doc.contents.items) {
    const key = pair.key as { value?: unknown; commentBefore?: string | null } | null;
    if (isScalar(key) && names.includes(String(key.value))) {
      // A comment above a removed entry stays, above the entry that follows it.
      if (key.commentBefore) orphanComment = [orphanComment, key.commentBefore].filter(Boolean).join('\n');
      continue;
    }
    if (orphanComment && isScalar(key)) {
      key.commentBefore = [orphanComment, key.commentBefore].filter(Boolean).join('\n');
      orphanComment = undefined;
    }
    kept.push(pair);
  }
  if (orphanComment) doc.comment = [doc.comment, orphanComment].filter(Boolean).join('\n');
  doc.contents.items = kept;
  if (kept.length === before) return text;
  return doc.contents.items.length === 0 ? '' : String(doc);
}

/** The ledger, checked: a broken or wrongly shaped ids.json is refused the way the manifest is. */
function readLedger(file: string): Ledger {
  const refuse = (why: string): never => {
    throw new IngestError({
      file: displayPath(file),
      message: `稿件号账本损坏：${why}（broken id ledger）`,
      hint: '请用 git checkout 或备份恢复这个文件；不要删除它——没有它，已发布的稿件号无法保持不变',
    });
  };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return refuse((error as Error).message);
  }
  const parsed = ledgerSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(`${issue.path.length ? `${issue.path.join('.')}：` : ''}${issue.message}${parsed.error.issues.length > 1 ? `（另有 ${parsed.error.issues.length - 1} 处）` : ''}`);
  }
  return parsed.data;
}

/** A source the archive holds articles of must not vanish silently: removal is --remove. */
function refuseVanishedSources(ledger: Ledger, present: string[], removed: string[], sourcesDir: string): void {
  const here = new Set([...present, ...removed]);
  const missing = new Map<string, number>();
  for (const entry of Object.values(ledger.articles)) {
    if (!here.has(entry.source)) missing.set(entry.source, (missing.get(entry.source) ?? 0) + 1);
  }
  const [name, count] = [...missing][0] ?? [];
  if (name === undefined) return;
  throw new IngestError({
    file: displayPath(path.join(sourcesDir, name)),
    message: `来源文件不见了，但档案中还有它的 ${count} 篇稿件${missing.size > 1 ? `（另有 ${missing.size - 1} 个来源文件也不见了）` : ''}（source missing）`,
    hint: `若要撤下这一版，运行 npm run ingest -- --remove ${name}（稿件网址会改为撤稿说明）；否则请从 git 或备份恢复这个文件`,
  });
}

interface SourceSection {
  rel: string;
  issue: string;
  page: number;
}

/**
 * Source file name → the page entries made from it, from the entries already written (the
 * ingest re-reads only the given files' issues). Read loosely: a broken page entry is reported
 * by the build's content check; here its page is simply left out, so it is read again.
 */
function sourceSections(contentDir: string): Map<string, SourceSection[]> {
  const map = new Map<string, SourceSection[]>();
  const root = path.join(contentDir, 'sections');
  if (!existsSync(root)) return map;
  for (const rel of readdirSync(root, { recursive: true }) as string[]) {
    if (!rel.endsWith(COLLECTIONS.sections.ext)) continue;
    try {
      const section = JSON.parse(readFileSync(path.join(root, rel), 'utf8')) as { source?: unknown; issue?: unknown; page?: unknown };
      if (typeof section.source !== 'string' || typeof section.issue !== 'string') continue;
      const entry = { rel: `sections/${rel.split(path.sep).join('/')}`, issue: section.issue, page: Number(section.page) };
      map.set(section.source, [...(map.get(section.source) ?? []), entry]);
    } catch {
      // Left out: see above.
    }
  }
  return map;
}

/** Moves the removed sources' ids from the ledger's articles to its withdrawn list, recording the day and title. */
function withdraw(contentDir: string, result: PipelineResult, names: string[], sectionsOf: Map<string, SourceSection[]>, today: string): RemovedSource[] {
  if (names.length === 0) return [];
  const ledger = result.entries.ledger;
  const removed: RemovedSource[] = [];
  for (const name of names) {
    const section = sectionsOf.get(name)?.[0] ?? null;
    const ids = Object.entries(ledger.articles).filter(([, e]) => e.source === name).map(([id]) => id).sort();
    for (const id of ids) {
      delete ledger.articles[id];
      const entry: Withdrawal = {
        source: name,
        issue: section?.issue ?? id.slice(0, 10),
        page: section?.page ?? Number(id.slice(11, 13)),
        title: storedTitle(contentDir, id),
        withdrawn: today,
      };
      ledger.withdrawn[id] = entry;
    }
    removed.push({ name, issue: section?.issue ?? null, page: section?.page ?? null, ids });
  }
  ledger.withdrawn = Object.fromEntries(Object.entries(ledger.withdrawn).sort(([a], [b]) => a.localeCompare(b)));
  result.files.set(LEDGER_FILE, jsonText(ledger));
  return removed;
}

/** What the article page called an article: its headline, else the opening words of its text. */
function storedTitle(contentDir: string, id: string): string {
  try {
    const parsed = parseMarkdownEntry(readFileSync(path.join(contentDir, entryPaths.article(id)), 'utf8'), id, []);
    const data = (parsed?.data ?? {}) as { headline?: unknown; kicker?: unknown };
    for (const t of [data.headline, data.kicker]) if (typeof t === 'string' && t.trim()) return t.trim();
    const opening = (parsed?.body ?? '').replace(/\\(.)/g, '$1').replace(/^#+\s*/gm, '').trim().split(/\n/)[0] ?? '';
    const chars = [...opening];
    return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : opening;
  } catch {
    return '';
  }
}

/** Every entry file a removed source leaves behind, to go even if a person edited it (the removal is deliberate). */
function withdrawnEntryPaths(contentDir: string, removed: RemovedSource[], sectionsOf: Map<string, SourceSection[]>, result: PipelineResult): Set<string> {
  const paths = new Set<string>();
  const producedIssues = new Set(result.entries.issues.map((i) => i.id));
  for (const r of removed) {
    for (const s of sectionsOf.get(r.name) ?? []) {
      paths.add(s.rel);
      if (!producedIssues.has(s.issue)) paths.add(entryPaths.issue(s.issue));
    }
    for (const id of r.ids) {
      paths.add(entryPaths.article(id));
      const photoDir = path.dirname(entryPaths.photo(`${id}-p1`));
      const prefix = `${id.slice(11)}-p`;
      const dir = path.join(contentDir, photoDir);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir)) if (name.startsWith(prefix) && /^\d+\.json$/.test(name.slice(prefix.length))) paths.add(`${photoDir}/${name}`);
    }
  }
  return paths;
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

