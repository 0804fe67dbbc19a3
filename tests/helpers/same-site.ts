/** Two built sites compared file for file (builds by parts against the whole build). */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

/** Relative path (`/`-separated) → bytes (as latin1 text) of every file under `dir`. */
export function siteFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, full).split(path.sep).join('/'), fs.readFileSync(full, 'latin1'));
  }
  return out;
}

/** Expects the site in `actual` to hold exactly the files of `expected`, byte for byte. */
export function expectSameSite(actual: string, expected: string): void {
  const got = siteFiles(actual);
  const want = siteFiles(expected);
  expect({
    extra: [...got.keys()].filter((f) => !want.has(f)).sort(),
    missing: [...want.keys()].filter((f) => !got.has(f)).sort(),
    differing: [...want.keys()].filter((f) => got.has(f) && got.get(f) !== want.get(f)).sort(),
  }).toEqual({ extra: [], missing: [], differing: [] });
}
