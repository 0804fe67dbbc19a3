/**
 * node scripts/measure-dates.ts DIR
 * Dates the pages of DIR (pages/<id>.txt, truth/<id>.json with their true `date`) as the ingest
 * would without being given their dates, and prints right / wrong / refused for each way of
 * giving them (src/bench/dates.ts). Figures are in docs/ingest.md, "Dates".
 */
import path from 'node:path';
import { measureDates } from '../src/bench/dates.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('用法：node scripts/measure-dates.ts 目录（内有 pages/ 与 truth/）');
  process.exit(2);
}
for (const s of measureDates(path.resolve(dir))) {
  console.log(`${s.batching.padEnd(40)} right ${String(s.right).padStart(3)}  wrong ${String(s.wrong).padStart(3)}  refused ${String(s.refused).padStart(3)}`);
  for (const [name, date, truth] of s.mistakes) console.log(`    wrong: ${name} dated ${date}, truly ${truth}`);
}
