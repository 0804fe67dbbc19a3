/**
 * Which entries a person has edited: the ingest records in content/.ingest-manifest.json the
 * sha256 of every entry file it wrote (src/ingest/commit.ts); an entry file whose bytes differ
 * from that, or that the ingest never wrote, was edited (or made) by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MANIFEST_FILE, readManifest, sha256 } from '../ingest/commit.ts';

/** Entry file (relative to the content dir, `/`-separated) → edited by hand; null when the tree has no manifest. */
export type EditCheck = (file: string) => boolean | null;

/**
 * The hand-edit check of a content tree. Without a manifest (a tree the ingest never wrote)
 * every answer is null: nothing to compare with. `digests` (a file → the sha256 of its bytes as
 * the archive read them, StoredArchive.fileDigests) spares reading those files again. Throws
 * IngestError for a broken manifest.
 */
export function handEdits(contentDir: string, digests?: ReadonlyMap<string, string>): EditCheck {
  if (!fs.existsSync(path.join(contentDir, MANIFEST_FILE))) return () => null;
  const written = readManifest(contentDir).files;
  return (file) => {
    const hash = written[file];
    if (hash === undefined) return true;
    return (digests?.get(file) ?? sha256(fs.readFileSync(path.join(contentDir, file)))) !== hash;
  };
}
