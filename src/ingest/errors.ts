/**
 * A refusal of the ingest: what is wrong, where (file and, when known, line), and what the
 * person running the ingest should do about it. Commands print `format()` and exit non-zero;
 * they never print a stack trace for an IngestError.
 */
export interface IngestErrorInit {
  /** The file at fault, as the user should see it (e.g. `content/sources/x.txt`). */
  file: string;
  /** 1-based line in that file, when the fault has one. */
  line?: number;
  /** What is wrong, in Chinese (with the English term where it helps). */
  message: string;
  /** What to do about it. */
  hint: string;
  /** False when the refusal comes after content/ was changed (a commit that could not be undone). */
  untouched?: boolean;
  /** A mistake in the command line itself (a flag's value, a flag without the files it needs): exit code 2, as for every usage error. */
  usage?: boolean;
}

export class IngestError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly hint: string;
  /** Whether content/ is as it was before the run (commands say so only when it is). */
  readonly untouched: boolean;
  /** A mistake in the command line (exit code 2) rather than in the files (exit code 1). */
  readonly usage: boolean;

  constructor(init: IngestErrorInit) {
    super(init.message);
    this.name = 'IngestError';
    this.file = init.file;
    this.line = init.line;
    this.hint = init.hint;
    this.untouched = init.untouched ?? true;
    this.usage = init.usage ?? false;
  }

  /** `content/sources/x.txt:12: 无法解码第 12 行的字节 0xB0 — 请另存为 UTF-8 后重新导入` */
  format(): string {
    const where = this.line === undefined ? this.file : `${this.file}:${this.line}`;
    return `${where}: ${this.message} — ${this.hint}`;
  }
}

/**
 * A file name or path as it can be typed in a shell command a hint advises (npm run ingest --
 * --remove 大同日报 第2版.txt would be two words): as is when it holds only letters, digits and
 * . _ - /, else in single quotes.
 */
export function shellWord(word: string): string {
  return /^[\p{L}\p{N}._\/-]+$/u.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The ingest's command as a hint advises it: `npm run ingest`, after the content tree the environment names
 * (ARCHIVE_CONTENT_DIR=/scratch/content npm run ingest), so a command pasted as printed acts on the tree it was advised for,
 * not the archive's own (a fresh user's finding: a scratch tree's --remove advice, pasted, was refused for the missing
 * prefix). Takes the environment (process.env by default); gives the words to put before ` -- …`. Never throws.
 */
export function ingestCommand(env: NodeJS.ProcessEnv = process.env): string {
  const tree = env.ARCHIVE_CONTENT_DIR;
  return tree ? `ARCHIVE_CONTENT_DIR=${shellWord(tree)} npm run ingest` : 'npm run ingest';
}

export function isIngestError(error: unknown): error is IngestError {
  return error instanceof IngestError;
}
