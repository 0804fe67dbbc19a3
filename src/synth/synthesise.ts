/**
 * The synthesiser as one call: N consecutive days of the paper from the seed pages, for a
 * seed. Each day depends only on the seed and its date, so day 366 alone is the same page
 * text as day 366 of a longer run (the daily job of the benchmark relies on this).
 */
import { addDays } from '../ingest/dates.ts';
import { composeIssue, createComposer, type SynthIssue } from './compose.ts';
import { readSeedParts } from './parts.ts';

export interface SynthOptions {
  issues: number;
  /** First issue date, YYYY-MM-DD. */
  start: string;
  seed: string;
  /** Folder of real seed pages to take the parts from. */
  seedsDir: string;
}

/** 2024 has 366 days: a year of 365 issues and the next day's paper stay in one year. */
export const DEFAULT_START = '2024-01-01';
export const DEFAULT_SEED = 'datong';

export function synthesise(options: SynthOptions): SynthIssue[] {
  const composer = createComposer(readSeedParts(options.seedsDir), options.seed);
  return Array.from({ length: options.issues }, (_, i) => composeIssue(composer, addDays(options.start, i)));
}
