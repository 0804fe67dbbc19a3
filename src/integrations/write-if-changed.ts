/**
 * Writing a file of dist/ only where its bytes change, for the steps that write files after the
 * pages (citation-files.ts, data-files.ts): a kept dist/ keeps the mtimes of what did not change,
 * and a deploy that syncs by content or time uploads only the day's files.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Writes `text` (UTF-8) to `file`, making its folder, unless the file already holds those bytes. Gives whether it wrote. Throws what the file system throws. */
export function writeIfChanged(file: string, text: string): boolean {
  const bytes = Buffer.from(text);
  if (sameBytes(file, bytes)) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return true;
}

function sameBytes(file: string, bytes: Buffer): boolean {
  try {
    return fs.statSync(file).size === bytes.length && fs.readFileSync(file).equals(bytes);
  } catch {
    return false;
  }
}
