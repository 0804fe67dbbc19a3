/**
 * Writing a file of dist/ only where its bytes change, for the steps that write files after the
 * pages (citation-files.ts, data-files.ts): a kept dist/ keeps the mtimes of what did not change,
 * and a deploy that syncs by content or time uploads only the day's files.
 *
 * Whether a file changed was found by reading it back: 40,000 citation files and a year's
 * downloads (60 MB each) at a year of the paper, some 2–3 s of every daily build
 * (docs/scaling.md). A step now keeps, beside Astro's cache, what it wrote at its last build:
 * each file's digest, size and modification time. A file whose size and time are still those it
 * was left with, and whose new text has the same digest, is not read; any other (dist/ restored
 * from elsewhere, a file touched by hand, no record yet) is compared byte for byte as before.
 * A file left less than RACY_MS before the record was kept cannot be vouched for by its time: a
 * change within the same tick of the file system's clock keeps size and time (as git's "racily
 * clean" entries), so it is read back.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** What a step wrote: a file's path under dist/ → [digest of its bytes, size, whole milliseconds of its mtime] as left. */
type Written = Record<string, [string, number, number]>;

/** The record as kept: when it was kept (ms since the epoch) and the files. */
interface KeptRecord {
  savedAt: number;
  files: Written;
}

/**
 * How long before the record was kept a file's time stops vouching for it, in ms: more than the
 * coarsest clock tick of a file system a build writes to (ext4 and tmpfs stamp files from the
 * kernel's coarse clock, some milliseconds; FAT-formatted media to 2 s).
 */
const RACY_MS = 3000;

export interface DistWriter {
  /** Writes `text` to `file` (under the writer's dist/) unless it already holds those bytes; gives whether it wrote. Throws what the file system throws. */
  write(file: string, text: string): boolean;
  /** Keeps the record of the files written or checked since the writer was opened (those only: a file no longer written drops out). Never throws. */
  save(): void;
}

/**
 * A writer into `outDir` for the step named `step`, keeping its record in `cacheDir` (Astro's
 * cache dir: keep it with dist/, docs/deploy.md); without `cacheDir`, every file is compared by
 * reading it back. A record that cannot be read counts as none.
 */
export function openDistWriter(outDir: string, step: string, cacheDir: string | null): DistWriter {
  const root = path.resolve(outDir);
  const recordFile = cacheDir
    ? path.join(cacheDir, `dist-writes-${step}-${createHash('sha1').update(root).digest('hex').slice(0, 12)}.json`)
    : null;
  let before: Written = {};
  let vouchedBefore = -Infinity;
  if (recordFile) {
    try {
      const record = JSON.parse(fs.readFileSync(recordFile, 'utf8')) as Partial<KeptRecord>;
      if (typeof record.savedAt === 'number' && record.files && typeof record.files === 'object') {
        before = record.files;
        vouchedBefore = record.savedAt - RACY_MS;
      }
    } catch {
      // No record yet (the first build, a new cache): every file is compared.
    }
  }
  const now: Written = {};
  return {
    write(file, text) {
      const bytes = Buffer.from(text);
      const digest = createHash('sha1').update(bytes).digest('base64');
      const rel = path.relative(root, path.resolve(file)).split(path.sep).join('/');
      const known = before[rel];
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      if (known && stat && known[0] === digest && known[1] === stat.size && known[2] === Math.trunc(stat.mtimeMs) && known[2] < vouchedBefore) {
        now[rel] = known;
        return false;
      }
      const wrote = !sameBytes(file, bytes);
      if (wrote) writeBytes(file, bytes);
      const left = wrote ? fs.statSync(file) : stat!;
      now[rel] = [digest, left.size, Math.trunc(left.mtimeMs)];
      return wrote;
    },
    save() {
      if (!recordFile) return;
      try {
        fs.mkdirSync(path.dirname(recordFile), { recursive: true });
        const tmp = `${recordFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, JSON.stringify({ savedAt: Date.now(), files: now } satisfies KeptRecord));
        fs.renameSync(tmp, recordFile);
      } catch {
        // A record that cannot be kept costs the next build its speed only.
      }
    },
  };
}

function writeBytes(file: string, bytes: Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
}

function sameBytes(file: string, bytes: Buffer): boolean {
  try {
    return fs.statSync(file).size === bytes.length && fs.readFileSync(file).equals(bytes);
  } catch {
    return false;
  }
}
