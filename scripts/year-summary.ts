/**
 * node scripts/year-summary.ts JOB — one step of `npm run build-archive`, not run by hand: makes
 * the summary of one year (src/deploy/year-summaries.ts) in a process of its own, so the year's
 * text read for it is let go with the process instead of staying in build-archive's memory
 * beside the parts it then builds. JOB is JSON: { contentDir, year, inputs, basePath, origin, dir }.
 * Exits 1 with the reason on stderr when the year cannot be read.
 */
import { makeYearSummary, writeYearSummary } from '../src/deploy/year-summaries.ts';
import type { PartInputs } from '../src/deploy/part-inputs.ts';
import { handEdits } from '../src/export/edits.ts';

interface Job {
  contentDir: string;
  year: number;
  inputs: PartInputs;
  basePath: string;
  origin: string | null;
  dir: string;
}

try {
  const job = JSON.parse(process.argv[2] ?? '') as Job;
  const made = makeYearSummary(job.contentDir, job.year, job.inputs, job.basePath, job.origin, handEdits(job.contentDir));
  writeYearSummary(job.dir, made);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
