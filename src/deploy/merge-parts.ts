/**
 * The last step of a build by parts (`npm run build-archive`, docs/scaling.md): the years' parts
 * and the archive-wide part, each built into a folder of its own (on one machine or on separate
 * CI runners), assembled into one site. Each file comes from the one part that writes it
 * (src/site/build-part.ts); the search index's manifest and term directory and the sitemap are
 * made again over all of them, as the whole site's build makes them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BuildPart } from '../config.ts';
import { writeDirectory } from '../search/build/directory.ts';
import { writeMergedManifest } from '../search/build/write-index.ts';
import { MERGED_FILES, partWrites, SHARED_FOLDER } from '../site/build-part.ts';
import { writeSitemap } from '../integrations/sitemap.ts';

/** One built part: what it is and the folder it was built into. */
export interface BuiltPart {
  part: BuildPart;
  dir: string;
}

export interface MergeReport {
  files: number;
  bytes: number;
  /** Month bundles under pagefind/, newest first. */
  months: string[];
  /** Pages listed in the sitemap (null: a preview build, which has none). */
  sitemapPages: number | null;
  seconds: number;
}

/** A merge refused: two parts wrote the same file, or a part wrote another's. */
export class MergeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeError';
  }
}

const describePart = (part: BuildPart) => (part.kind === 'year' ? `${part.year} 年部分` : part.kind === 'archive-wide' ? '跨年部分' : '整站');

/**
 * Merges `parts` into `out` (emptied first): every file as a hard link to the part's (a copy
 * across disks). Then writes pagefind/shards.json and the term directory over every part's
 * months, and, when `siteRoot` (the site's address with its base path) is given, the sitemap,
 * leaving out the retired pages of `contentDir`. Throws MergeError, naming up to twenty files and
 * their parts, when two parts write the same file (code and styles under _astro/ excepted when
 * their bytes are the same) or a part holds a file that is another part's; `out` is then left
 * half-made and must not be published.
 */
export function mergeParts(parts: BuiltPart[], out: string, siteRoot: string | null, contentDir: string): MergeReport {
  const started = performance.now();
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const writer = new Map<string, BuiltPart>();
  const problems: string[] = [];
  let bytes = 0;
  for (const built of parts) {
    for (const rel of filesUnder(built.dir)) {
      if (MERGED_FILES.some((pattern) => pattern.test(rel))) continue;
      const from = path.join(built.dir, rel);
      if (!partWrites(rel, built.part)) {
        problems.push(`${rel}：${describePart(built.part)}不应写出这个文件`);
        continue;
      }
      const earlier = writer.get(rel);
      if (earlier) {
        if (!(rel.startsWith(SHARED_FOLDER) && sameBytes(from, path.join(earlier.dir, rel)))) {
          problems.push(`${rel}：${describePart(earlier.part)}与${describePart(built.part)}都写出了它`);
        }
        continue;
      }
      writer.set(rel, built);
      const to = path.join(out, rel);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      try {
        fs.linkSync(from, to);
      } catch {
        fs.copyFileSync(from, to);
      }
      bytes += fs.statSync(to).size;
    }
  }
  if (problems.length) {
    const shown = problems.slice(0, 20).join('\n  ');
    throw new MergeError(`合并各部分时有 ${problems.length} 个文件冲突，网站未合成：\n  ${shown}${problems.length > 20 ? '\n  ……' : ''}`);
  }

  const pagefind = path.join(out, 'pagefind');
  let months: string[] = [];
  if (fs.existsSync(pagefind)) {
    writeMergedManifest(parts.map((p) => path.join(p.dir, 'pagefind')), pagefind);
    writeDirectory(pagefind);
    months = fs.readdirSync(pagefind).filter((d) => /^\d{4}-\d{2}$/.test(d)).sort().reverse();
  }
  const sitemapPages = siteRoot ? writeSitemap(out, siteRoot, contentDir) : null;
  return { files: filesUnder(out).length, bytes, months, sitemapPages, seconds: (performance.now() - started) / 1000 };
}

/** Every file under `dir`, relative and `/`-separated. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

function sameBytes(a: string, b: string): boolean {
  return fs.statSync(a).size === fs.statSync(b).size && fs.readFileSync(a).equals(fs.readFileSync(b));
}
