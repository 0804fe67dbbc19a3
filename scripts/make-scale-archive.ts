/**
 * Writes a scratch archive for measuring the site at scale:
 *   node scripts/make-scale-archive.ts --days 365 --out .archive-tmp/scale-content [--from content]
 * It repeats the source archive's issues, in turn, on consecutive days from 2020-01-01, with
 * ids renamed to the new dates. The text is real; the dates and repetition are not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readContent } from '../src/content/read.ts';
import { entryPaths } from '../src/content/paths.ts';
import { articleText, jsonText } from '../src/content/write.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const days = Number(opt('--days', '365'));
const out = path.resolve(opt('--out', '.archive-tmp/scale-content'));
const from = readContent(path.resolve(opt('--from', 'content')));
if (from.issues.length === 0) throw new Error('the source archive has no issues');

fs.rmSync(out, { recursive: true, force: true });
const write = (rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
  fs.writeFileSync(path.join(out, rel), text);
};
const json = (rel: string, value: unknown) => write(rel, jsonText(value));
const strip = <T extends { file: string }>({ file: _file, ...rest }: T) => rest;

let articles = 0;
for (let d = 0; d < days; d++) {
  const date = new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10);
  const issue = from.issues[d % from.issues.length];
  const re = (id: string) => date + id.slice(10);
  json(entryPaths.issue(date), { ...strip(issue), id: date, date });
  for (const s of from.sections.filter((s) => s.issue === issue.id)) json(entryPaths.section(re(s.id)), { ...strip(s), id: re(s.id), issue: date });
  for (const p of from.photos.filter((p) => p.issue === issue.id)) {
    json(entryPaths.photo(re(p.id)), { ...strip(p), id: re(p.id), issue: date, section: re(p.section), article: re(p.article) });
  }
  for (const a of from.articles.filter((a) => a.issue === issue.id)) {
    const { blocks, ...entry } = strip(a);
    const data = {
      ...entry,
      id: re(a.id),
      issue: date,
      section: re(a.section),
      continuedOnArticle: a.continuedOnArticle && re(a.continuedOnArticle),
      continuedFromArticle: a.continuedFromArticle && re(a.continuedFromArticle),
    };
    write(entryPaths.article(data.id), articleText(data, blocks));
    articles++;
  }
}
console.log(`${days} issues, ${articles} articles → ${out}`);
