/**
 * commit: writing the ingest's output into content/ without losing anything, in three steps,
 * one file each — plan.ts (what to do with each file, hand edits kept), swap.ts (staged, then
 * swapped in by rename, rolled back on failure or after a crash) and lock.ts (one ingest at a
 * time). This module only gathers them for run.ts.
 */
export * from './plan.ts';
export * from './swap.ts';
export * from './lock.ts';
