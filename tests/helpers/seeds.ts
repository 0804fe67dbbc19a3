/** Real seed pages (content/sources) and excerpts of them by source line numbers, for stage tests. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SOURCES_DIR = path.resolve('content/sources');

export const SEEDS = readdirSync(SOURCES_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

export function seedText(prefix: string): string {
  const name = SEEDS.find((s) => s.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(path.join(SOURCES_DIR, name), 'utf8');
}

export function seedName(prefix: string): string {
  return SEEDS.find((s) => s.startsWith(prefix))!;
}

/** Lines from..to (1-based, inclusive) of a seed, exactly as in the file. */
export function excerpt(prefix: string, from: number, to: number): string {
  return seedText(prefix).split('\n').slice(from - 1, to).join('\n');
}

/** One line of a seed. */
export function seedLine(prefix: string, n: number): string {
  return seedText(prefix).split('\n')[n - 1];
}
