/**
 * The staff's metadata in content/sources: metadata.yaml, and for an archive of many years one
 * file a year beside it if the staff want (metadata-2024.yaml, metadata-2025.yaml …; docs/metadata.md),
 * so an edit of one year's pages touches that year's file only. Every file has the same format
 * (metadata.ts); a source may be named in one file only. The ingest writes into the file that
 * already names a source, else into its year's file when there is one, else into metadata.yaml.
 */
import { existsSync, readdirSync } from 'node:fs';
import { diffArrays } from 'diff';
import { isMap, isScalar, parseDocument } from 'yaml';
import { IngestError } from './errors.ts';
import { METADATA_FILE, parseMetadata, type MetadataOptions, type SourceMeta } from './metadata.ts';

/** A year's metadata file: metadata-2024.yaml. */
const YEAR_FILE = /^metadata-(\d{4})\.yaml$/;

/** One metadata file: its name in content/sources and its text (null: the file is not there). */
export interface MetadataText {
  name: string;
  text: string | null;
}

/**
 * The names of the metadata files in `sourcesDir`: metadata.yaml (listed even when absent: the
 * ingest may create it), then the years' files in the order of their years. Throws what the file
 * system throws for a folder that cannot be read.
 */
export function metadataFileNames(sourcesDir: string): string[] {
  const years = existsSync(sourcesDir) ? readdirSync(sourcesDir).filter((name) => YEAR_FILE.test(name)).sort() : [];
  return [METADATA_FILE, ...years];
}

/** The source names a metadata text has an entry for (read loosely: a broken text names none; parseMetadata refuses it). */
function namesIn(text: string | null): Set<string> {
  if (text === null) return new Set();
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length || !isMap(doc.contents)) return new Set();
  return new Set(doc.contents.items.flatMap((pair) => (isScalar(pair.key) ? [String(pair.key.value)] : [])));
}

/**
 * Which metadata file the flags given for `source` are written into: the file that already
 * names it; else the file of the year of `date` (YYYY-MM-DD, the date given for it), when that
 * file is there; else metadata.yaml.
 */
export function fileForSource(files: readonly MetadataText[], source: string, date: string | undefined): string {
  const holding = files.find((f) => namesIn(f.text).has(source));
  if (holding) return holding.name;
  const ofYear = date ? files.find((f) => f.name === `metadata-${date.slice(0, 4)}.yaml` && f.text !== null) : undefined;
  return ofYear?.name ?? METADATA_FILE;
}

/**
 * Every file's entries as one map (source name → its metadata), each file read by parseMetadata
 * under its own name (`show` gives the path to name in messages). `onDisk`, when the texts read
 * are not the files as they are (flags written in, removed entries taken out), holds the files'
 * texts on disk: messages then name the lines there. Throws IngestError for what parseMetadata
 * refuses, and for a source named in two files, naming both.
 */
export function parseMetadataFiles(
  files: readonly MetadataText[],
  show: (name: string) => string,
  options: MetadataOptions & { onDisk?: readonly MetadataText[] },
): Map<string, SourceMeta> {
  const all = new Map<string, SourceMeta>();
  const from = new Map<string, string>();
  for (const file of files) {
    if (file.text === null) continue;
    const disk = options.onDisk?.find((f) => f.name === file.name);
    const diskLine = disk && disk.text !== file.text ? diskLines(disk.text ?? '', file.text) : undefined;
    for (const [source, meta] of parseMetadata(file.text, show(file.name), { ...options, diskLine })) {
      const earlier = from.get(source);
      if (earlier) {
        throw new IngestError({
          file: show(file.name),
          message: `${source} 在 ${earlier} 里已经写过（a source in two metadata files）`,
          hint: `一个来源文件只能在一个元数据文件里写；请删去其中一处（见 docs/metadata.md）`,
        });
      }
      all.set(source, meta);
      from.set(source, file.name);
    }
  }
  return all;
}

/** The texts of `files` as one, for readers that only look up names (the page files a source names). */
export function joinedText(files: readonly MetadataText[]): string | null {
  const texts = files.map((f) => f.text).filter((t): t is string => t !== null);
  return texts.length ? texts.map((t) => (t.endsWith('\n') ? t : `${t}\n`)).join('') : null;
}

/**
 * A line of `text` (1-based) → the same line in `disk`, the file it was made from; undefined for
 * a line `disk` does not have (written by this run). From jsdiff's shortest edit script over the
 * two texts' lines.
 */
export function diskLines(disk: string, text: string): (line: number) => number | undefined {
  const map: Array<number | undefined> = [];
  let d = 0;
  let t = 0;
  for (const part of diffArrays(disk.split('\n'), text.split('\n'))) {
    const n = part.value.length;
    if (part.removed) d += n;
    else if (part.added) for (let i = 0; i < n; i++) map[++t] = undefined;
    else for (let i = 0; i < n; i++) map[++t] = ++d;
  }
  return (line) => map[line];
}
