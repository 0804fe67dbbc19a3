/**
 * The ingest's manifest, content/.ingest-manifest.json: the sha256 of what the ingest last wrote
 * to each entry path (src/ingest/plan.ts writes it). Read here for everyone who compares with
 * it — the ingest (what a person edited), the 校订 check and the export — so a broken one is
 * refused by all of them with the same reason and fix, never read as "no manifest".
 */
import { readJson } from './parse.ts';

/** What to do about a broken manifest. */
export const MANIFEST_FIX =
  '请用 git checkout 恢复这个文件；若无法恢复，删除它后重新导入（所有与导入结果不同的文件都会被当作手工修改而保留）';

/** Path (relative to content/, `/`-separated) → sha256 of the text the ingest last wrote there. */
export type ManifestFiles = Record<string, string>;

/**
 * The manifest's files in `text`, or why it is not a manifest: not JSON (with the line when
 * JSON.parse gives it), no `version: 1` and `files`, or a value that is not a sha256. Pure.
 */
export function parseManifest(text: string): { files: ManifestFiles } | { why: string; line?: number } {
  const read = readJson(text);
  if (!('data' in read)) return read;
  const { data } = read;
  const files = (data as { files?: unknown } | null)?.files;
  if ((data as { version?: unknown } | null)?.version !== 1 || typeof files !== 'object' || files === null || Array.isArray(files)) {
    return { why: '缺少 version: 1 或 files' };
  }
  for (const [key, hash] of Object.entries(files)) {
    if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) return { why: `“${key}”的校验值不是 sha256` };
  }
  return { files: { ...(files as ManifestFiles) } };
}
