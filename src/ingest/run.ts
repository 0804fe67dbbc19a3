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
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { contentDir as configuredContentDir } from '../config.ts';
import { displayPath } from '../content/problems.ts';
import { ledgerWasWritten, LEDGER_MISSING, missingLedgerFix } from '../content/ledger.ts';
import { entryDate, LEDGER_FILE, sourcesDir as sourcesDirOf, topicsDir } from '../content/paths.ts';
import type { topicCitations as TopicCitations } from '../topics/cited.ts';
import { acquireIngestLock, commitContent, planWrite, readManifest, type WritePlan } from './commit.ts';
import { decodeSource, PAGE_TEXT } from './decode.ts';
import { IngestError, ingestCommand, shellWord } from './errors.ts';
import { fileNameMeta, flagMeta, mergeGiven, metadataWithFlags } from './given.ts';
import { emptyLedger, type Ledger } from './ids.ts';
import { archivedRepeats, repeatNote } from './archived-repeats.ts';
import { invisibleReport } from './invisible.ts';
import { fileForSource, joinedText, metadataFileNames, parseMetadataFiles, type MetadataText } from './metadata-files.ts';
import { givenPageFiles, isPageFileArg, listPageFiles, pageFilesOfRun, removedPageFiles } from './page-file-store.ts';
import { likelyIssueDate, runPipeline, type PipelineResult, type SourceText } from './pipeline.ts';
import { givenFiles, listSources, readBytes, removals } from './source-files.ts';
import { readLedger, readMetadataText, sourceIssues, sourceSections, type SourceSection } from './stored.ts';
import { localToday } from './today.ts';
import { refuseCitedWithdrawals, refuseVanishedSources, withdraw, withdrawnEntryPaths, withoutEntries, type RemovedSource } from './withdraw.ts';

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
  /** Ids this run retired (their article is no longer read out), each with the id its URL now leads to. */
  retired: { id: string; successor: string | null }[];
}

/** Reads everything and runs the pipeline; writes nothing. Throws IngestError on bad input. */
export function planIngest(options: IngestOptions = {}): IngestPlan {
  const contentDir = options.contentDir ?? configuredContentDir();
  const sourcesDir = sourcesDirOf(contentDir);
  // Every path in a message is shown one way: relative inside the working folder, else absolute.
  const shown = displayPath;

  // Page images and PDFs (版面图) given beside the pages' text are read apart (page-file-store.ts).
  const textFiles = (options.files ?? []).filter((f) => !isPageFileArg(f));
  const flagged = flagMeta({ date: options.date, page: options.page }, textFiles, options.today);
  const incoming = givenFiles(textFiles, shown);
  const incomingPageFiles = givenPageFiles((options.files ?? []).filter(isPageFileArg), shown);
  const incomingNames = new Set(incoming.map((f) => f.name));
  const existing = listSources(sourcesDir, shown);
  const ledgerPath = path.join(contentDir, LEDGER_FILE);
  // A ledger the ingest wrote and a person lost is restored, never made anew (ids would move).
  if (!existsSync(ledgerPath) && ledgerWasWritten(contentDir)) {
    throw new IngestError({ file: shown(ledgerPath), message: LEDGER_MISSING, hint: missingLedgerFix(shown(ledgerPath)) });
  }
  const ledger = existsSync(ledgerPath) ? readLedger(ledgerPath) : emptyLedger();
  const sectionsOf = sourceSections(contentDir);
  // A source whose file is gone but whose entries are still in the archive can be --remove'd too
  // (that is what the refusal of a vanished source advises).
  const vanished = [...new Set([...Object.values(ledger.articles).map((e) => e.source), ...sectionsOf.keys()])].filter((n) => !existing.includes(n));
  const removedNames = removals(options.remove ?? [], [...existing, ...vanished].sort(), incoming, sourcesDir, shown);
  const allNames = [...new Set([...existing.filter((n) => !removedNames.includes(n)), ...incomingNames])].sort();
  const existingPageFiles = listPageFiles(sourcesDir);

  // Before metadata.yaml is read: its entry for a vanished source would be refused as a typo.
  refuseVanishedSources(ledger, allNames, removedNames, sourcesDir);

  // metadata.yaml and the years' metadata-YYYY.yaml (metadata-files.ts).
  const metadataBefore: MetadataText[] = metadataFileNames(sourcesDir).map((name) => {
    const file = path.join(sourcesDir, name);
    return { name, text: existsSync(file) ? readMetadataText(file, shown(file)) : null };
  });
  // Removed sources' entries leave the metadata; flags are written into it (the file that names
  // the source, else its year's, else metadata.yaml), and read back like everything staff give there.
  const metadataKept = metadataBefore.map((f) => ({ name: f.name, text: f.text === null ? null : withoutEntries(f.text, removedNames) }));
  const flagTargets = new Map<string, string[]>();
  if (Object.keys(flagged).length) {
    for (const name of incomingNames) {
      const target = fileForSource(metadataKept, name, flagged.date);
      flagTargets.set(target, [...(flagTargets.get(target) ?? []), name]);
    }
  }
  const metadataAfter = metadataKept.map((f) => (flagTargets.has(f.name) ? { name: f.name, text: metadataWithFlags(f.text, flagTargets.get(f.name)!, flagged) } : f));
  const removedFiles = removedPageFiles(existingPageFiles, removedNames, joinedText(metadataBefore));
  const pageFileNames = [...new Set([...existingPageFiles.filter((n) => !removedFiles.includes(n)), ...incomingPageFiles.map((f) => f.name)])];
  const bytesOf = (name: string) => incoming.find((f) => f.name === name)?.bytes ?? readBytes(path.join(sourcesDir, name), shown);
  const displayOf = (name: string) => incoming.find((f) => f.name === name)?.displayPath ?? shown(path.join(sourcesDir, name));
  // Before the metadata is read: an impossible date in a file's name is the mistake to report, not what follows from it.
  const fromNames = new Map(allNames.map((name) => [name, fileNameMeta(name, displayOf(name), options.today, { pageGiven: incomingNames.has(name) && flagged.page !== undefined })]));
  const flagWords = [flagged.date === undefined ? '' : `--date ${flagged.date}`, flagged.page === undefined ? '' : `--page ${flagged.page}`].filter(Boolean).join(' ');
  const metadata = parseMetadataFiles(metadataAfter, (name) => shown(path.join(sourcesDir, name)), {
    sourceNames: allNames,
    today: options.today,
    pageFileNames,
    onDisk: metadataBefore,
    ...(flagWords ? { commandLine: { names: incomingNames, flags: flagWords } } : {}),
  });
  const pageFiles = pageFilesOfRun({ sourcesDir, sources: allNames, existing: existingPageFiles, given: incomingPageFiles, named: metadata, removedFiles, shown });

  if (allNames.length === 0 && removedNames.length === 0) {
    throw new IngestError({ file: shown(sourcesDir), message: '没有任何来源文件（no sources）', hint: '请把版面文本 .txt 放进 content/sources/ 或在命令后给出文件' });
  }

  refuseUndecodable([...incomingNames].sort(), bytesOf, displayOf);
  const metaOf = new Map(allNames.map((name) => [name, mergeGiven(name, displayOf(name), metadata.get(name) ?? {}, fromNames.get(name)!, incomingNames.has(name) ? flagged : {})]));
  const read = (name: string): SourceText => ({
    name,
    displayPath: displayOf(name),
    text: decodeSource(bytesOf(name), displayOf(name)),
    meta: metaOf.get(name)!,
    pageFiles: pageFiles.factsOf(name),
    given: incomingNames.has(name),
  });

  // A page whose image or PDF alone is given is read again too, so its page entry records them.
  const touched = new Set([...incomingNames, ...pageFiles.touched]);
  const given = touched.size || removedNames.length ? { incoming: touched, removed: removedNames, sectionsOf } : null;
  const { names, sources, result, dates } = readIssues(allNames, given, read, ledger);

  const removed = withdraw(contentDir, result, removedNames, sectionsOf, options.today ?? localToday());
  const withdrawnIds = new Set(removed.flatMap((r) => r.ids));
  if (withdrawnIds.size) refuseCitedWithdrawals(removed, topicCitations()(topicsDir(contentDir), (id) => withdrawnIds.has(id)));
  for (const r of removed) r.fileGone = !existing.includes(r.name);
  const withdrawnPaths = withdrawnEntryPaths(contentDir, removed, sectionsOf, result);

  const copies = new Map<string, Uint8Array>();
  for (const f of incoming) {
    const target = path.join(sourcesDir, f.name);
    if (!existsSync(target) || !readFileSync(target).equals(f.bytes)) copies.set(`sources/${f.name}`, f.bytes);
  }
  for (const [rel, bytes] of pageFiles.copies) copies.set(rel, bytes);
  const sourceRemovals = [...removedNames.map((n) => `sources/${n}`), ...pageFiles.removals];
  metadataAfter.forEach(({ name, text }, i) => {
    if (text === null || text === metadataBefore[i].text) return;
    if (text.trim() === '' && removedNames.length) sourceRemovals.push(`sources/${name}`);
    else copies.set(`sources/${name}`, Buffer.from(text, 'utf8'));
  });
  const notes = new Map(sources.map((s) => [s.name, [...invisibleReport(s.text), ...pageFiles.notes(s.name)]]));
  // A page given again as another page (yesterday's file under today's name) is said so in its report.
  const knownSources = new Set(Object.values(ledger.articles).map((e) => e.source));
  const newPages = new Set(names.filter((name) => incomingNames.has(name) || !knownSources.has(name)));
  // A text that replaces its page on purpose (replace: true) repeats the page it replaces: not said.
  const replacedBy = new Map(result.pages.map((p) => [p.source, new Set(p.replaces ?? [])]));
  for (const r of archivedRepeats(ledger, result.entries.ledger, newPages)) {
    if (replacedBy.get(r.source)?.has(r.repeats.source)) continue;
    notes.set(r.source, [...(notes.get(r.source) ?? []), repeatNote(r)]);
  }
  const scope = dates === null ? () => true : (rel: string) => rel === LEDGER_FILE || dates.has(entryDate(rel) ?? '');
  const retiredNow = result.entries.ledger.retired;
  const retired = Object.keys(retiredNow).filter((id) => !(id in ledger.retired)).sort().map((id) => ({ id, successor: retiredNow[id] }));
  return { contentDir, result, files: result.files, copies, sources: names, scope, removed, sourceRemovals, withdrawnPaths, notes, retired };
}

export interface IngestOutcome {
  plan: IngestPlan;
  write: WritePlan;
  written: number;
  removed: number;
  /** An interrupted earlier ingest was rolled back before this one ran. */
  recovered: boolean;
  /** The commit stands, but its staging folder could not be removed: one line saying what and why. */
  leftover?: string;
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
    const { written, removed, leftover } = commitContent(contentDir, write, { onStep: options.onStep });
    return { plan, write, written, removed, recovered: lock.recovered, ...(leftover ? { leftover } : {}) };
  } finally {
    lock.release();
  }
}

/**
 * The topics' citations reader, loaded when an ingest withdraws articles: it brings the site's
 * MDX reader, whose loading took 0.4 s of every ingest's start though only --remove needs it.
 */
function topicCitations(): typeof TopicCitations {
  const cited = createRequire(import.meta.url)('../topics/cited.ts') as { topicCitations: typeof TopicCitations };
  return cited.topicCitations;
}

interface IssuesRead {
  /** The sources read, in name order. */
  names: string[];
  sources: SourceText[];
  result: PipelineResult;
  /** The issues re-derived; null when every source was read. */
  dates: Set<string> | null;
}

/**
 * Runs the pipeline over every source, or, when files are given or removed, over only their
 * issues (every page of them), so the daily job stays cheap. Their issues are those their text
 * points to and those they were in before (a page whose date changes leaves its old issue; a
 * removed page leaves its issue); if the pipeline dates them otherwise (an issue's date is
 * decided from all its pages), that issue's pages are read as well and the pipeline runs again.
 * Throws what `read` and the pipeline throw.
 */
function readIssues(
  allNames: string[],
  given: { incoming: Set<string>; removed: string[]; sectionsOf: Map<string, SourceSection[]> } | null,
  read: (name: string) => SourceText,
  ledger: Ledger,
): IssuesRead {
  if (given === null) {
    const sources = readEvery(allNames, read, SOURCES_IN_TREE);
    return { names: allNames, sources, result: runPipeline(sources, ledger), dates: null };
  }
  const issueOf = sourceIssues(given.sectionsOf);
  const dates = new Set<string>();
  for (const name of given.incoming) {
    const likely = likelyIssueDate(read(name));
    // --MM-DD: the page names the day, not the year; the issues of that day in any year are read with it.
    if (likely?.startsWith('--')) for (const issue of issueOf.values()) if (issue.endsWith(likely.slice(1))) dates.add(issue);
    if (likely && !likely.startsWith('--')) dates.add(likely);
    if (issueOf.has(name)) dates.add(issueOf.get(name)!);
  }
  for (const name of given.removed) {
    for (const s of given.sectionsOf.get(name) ?? []) dates.add(s.issue);
    // A replaced source taken out: the page that replaced it no longer names it.
    if (issueOf.has(name)) dates.add(issueOf.get(name)!);
  }
  for (;;) {
    const names = allNames.filter((n) => given.incoming.has(n) || !issueOf.has(n) || dates.has(issueOf.get(n)!));
    const sources = readEvery(names, read, SOURCES_IN_TREE);
    const result = runPipeline(sources, ledger);
    const more = result.entries.issues.map((i) => i.id).filter((d) => !dates.has(d));
    if (more.length === 0) return { names, sources, result, dates };
    for (const d of more) dates.add(d);
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

/**
 * Decodes every file given in this run before anything else is read, so that staff who give several
 * files with more than one bad one hear of all of them at once, not one run at a time. Throws as
 * `refuseAll` does; returns nothing.
 */
function refuseUndecodable(names: string[], bytesOf: (name: string) => Uint8Array, displayOf: (name: string) => string): void {
  readEvery(names, (name) => decodeSource(bytesOf(name), displayOf(name)), '给出的文件');
}

/**
 * Reads each of `names` with `read`, going on past a file it refuses (an IngestError) so that every
 * bad file of the run is named at once: a re-read of content/sources/ with three files saved in a
 * wrong encoding names all three. Gives what `read` gave, in the order of `names`; throws as
 * `refuseAll` does, `where` saying whose files they are (给出的文件, 来源文件).
 */
function readEvery<T>(names: string[], read: (name: string) => T, where: string): T[] {
  const texts: T[] = [];
  const refused: IngestError[] = [];
  for (const name of names) {
    try {
      texts.push(read(name));
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      refused.push(where === SOURCES_IN_TREE ? inTree(error) : error);
    }
  }
  refuseAll(refused, where);
  return texts;
}

/** Whose files `readEvery` reads when they are the tree's own sources (content/sources/). */
const SOURCES_IN_TREE = '来源文件';

/**
 * A refusal of a file already in content/sources/ (put there by hand, or by a tool other than the ingest): importing the
 * page's text, which a given file's refusal advises (PAGE_TEXT's hint), does not take the bad file out. Gives the refusal
 * advising to replace the file or take it out with --remove; a refusal with other advice (resave it, fetch the image
 * again) as it was.
 */
function inTree(error: IngestError): IngestError {
  if (error.hint !== PAGE_TEXT.textHint) return error;
  return new IngestError({
    file: error.file,
    line: error.line,
    message: error.message,
    hint: `它已在来源目录中：换成该版面的纯文本，或撤下它：${ingestCommand()} -- --remove ${shellWord(error.file)}`,
    untouched: error.untouched,
    usage: error.usage,
  });
}

/** One refused file throws its own refusal; two or more throw one IngestError naming each, a line apiece. */
function refuseAll(refused: IngestError[], where: string): void {
  if (refused.length === 1) throw refused[0];
  if (refused.length > 1) {
    // Files of the tree's own may be taken out together, in one run: --remove for each.
    const removeAll = `${ingestCommand()} -- ${refused.map((e) => `--remove ${shellWord(e.file)}`).join(' ')}`;
    throw new IngestError({
      // The summary names no one file (each is named on its own line below), so it does not read as the first one's fault.
      file: 'npm run ingest',
      message: `${where}中有 ${refused.length} 个不能导入（${refused.length} files refused）：\n${refused.map((e) => `  ${e.format()}`).join('\n')}\n`,
      hint: where === SOURCES_IN_TREE ? `请逐一处理上面列出的文件后重新导入；要一次撤下它们：${removeAll}` : '请逐一处理上面列出的文件后重新导入',
    });
  }
}
