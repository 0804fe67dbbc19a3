/**
 * The corpus downloads of both built sites: every JSONL line passes the strict export schema,
 * the files are what `npm run export` writes, the CSV loads in a real CSV reader (Python's csv
 * module, as researchers use it) with one row per article, the per-year files add up, and the
 * /data/ page shows each file's true size and count. Plus sitemap.xml and robots.txt.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../src/export/build.ts';
import { handEdits } from '../../src/export/edits.ts';
import { CSV_COLUMNS } from '../../src/export/csv.ts';
import { exportArticleSchema, exportIssuesSchema } from '../../src/export/schema.ts';
import { exportTexts } from '../../src/export/write.ts';
import { formatBytes } from '../../src/data/downloads.ts';
import { readArchive } from '../../src/content/archive.ts';
import { decodeEntities } from '../helpers/html.ts';
import { fixtureSite, realSite, type BuiltSite } from '../helpers/sites.ts';

/** Rows of a CSV file as Python's csv module reads it (utf-8-sig: the BOM is not data). */
function pythonCsv(file: string): string[][] {
  const run = spawnSync('python3', ['-c', 'import csv,json,sys\nwith open(sys.argv[1], newline="", encoding="utf-8-sig") as f: print(json.dumps(list(csv.reader(f))))', file], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`python3 csv failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

const sites = (): [string, BuiltSite][] => [
  ['dist/', realSite()],
  ['fixture /archive/', fixtureSite()],
];

describe.each([['dist/'], ['fixture /archive/']])('data downloads of %s', (name) => {
  const site = () => sites().find(([n]) => n === name)![1];
  const data = () => {
    const s = site();
    return { s, dir: path.join(s.dir, 'data'), exported: buildExport(readArchive(s.contentDir), s.base, handEdits(s.contentDir), s.siteUrl) };
  };

  it('are the export, byte for byte, and every line passes the strict schema', () => {
    const { dir, exported } = data();
    const texts = exportTexts(exported);
    for (const [file, text] of Object.entries(texts)) expect(fs.readFileSync(path.join(dir, file), 'utf8'), file).toBe(text);
    const lines = fs.readFileSync(path.join(dir, 'articles.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(exported.articles.length);
    for (const line of lines) exportArticleSchema.parse(JSON.parse(line));
    expect(exportIssuesSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, 'issues.json'), 'utf8')))).toHaveLength(exported.issues.length);
  });

  it('loads the CSV in a CSV reader: the documented columns, one row per article, text intact', () => {
    const { dir, exported } = data();
    const bytes = fs.readFileSync(path.join(dir, 'articles.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = pythonCsv(path.join(dir, 'articles.csv'));
    expect(header).toEqual(CSV_COLUMNS.map((c) => c.name));
    expect(rows).toHaveLength(exported.articles.length);
    const col = (name: string) => header.indexOf(name);
    const issueOf = new Map(exported.issues.map((i) => [i.id, i]));
    for (const [k, article] of exported.articles.entries()) {
      expect(rows[k][col('id')]).toBe(article.id);
      expect(rows[k][col('date')]).toBe(article.date);
      expect(rows[k][col('text')]).toBe(article.blocks.map((b) => b.text).join('\n'));
      expect(rows[k][col('authors')]).toBe(article.authors.map((a) => a.name).join('；'));
      // the full address where the site has one (a deploy build), and how the date is known, on every row
      expect(rows[k][col('permalink')]).toBe(site().siteUrl ? `${site().siteUrl}${site().base}articles/${article.id}/` : '');
      expect(rows[k][col('dateSource')]).toBe(issueOf.get(article.issue)!.dateSource);
    }
  });

  it('splits by year into files that add up to the whole', () => {
    const { dir, exported } = data();
    const years = [...new Set(exported.articles.map((a) => a.date.slice(0, 4)))];
    let total = 0;
    for (const year of years) {
      const lines = fs.readFileSync(path.join(dir, `articles-${year}.jsonl`), 'utf8').trimEnd().split('\n');
      const rows = pythonCsv(path.join(dir, `articles-${year}.csv`)).slice(1);
      expect(rows).toHaveLength(lines.length);
      for (const line of lines) expect(exportArticleSchema.parse(JSON.parse(line)).date.startsWith(year)).toBe(true);
      total += lines.length;
    }
    expect(total).toBe(exported.articles.length);
  });

  it('shows every file on /data/ with its true size and count', () => {
    const { s, dir, exported } = data();
    const page = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
    const text = decodeEntities(page.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
    for (const file of fs.readdirSync(dir).filter((f) => f !== 'index.html')) {
      expect(page, file).toContain(`href="${s.base}data/${file}"`);
      if (!file.endsWith('.schema.json')) expect(text, file).toContain(formatBytes(fs.statSync(path.join(dir, file)).size));
    }
    expect(text).toContain(`${exported.articles.length.toLocaleString('zh-CN')} 篇稿件`);
    for (const column of CSV_COLUMNS) expect(text).toContain(column.name);
  });
});

describe('npm run export and the site agree', () => {
  it('writes, for the fixture tree, BASE_PATH=/archive/ and its SITE_URL, the very files of the site’s /data/', () => {
    const site = fixtureSite();
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'export-vs-site-'));
    const run = spawnSync(process.execPath, ['scripts/export.ts', '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, ARCHIVE_CONTENT_DIR: site.contentDir, BASE_PATH: site.base, SITE_URL: site.siteUrl! },
    });
    expect(run.status, run.stderr).toBe(0);
    const written = fs.readdirSync(out).sort();
    expect(written).toEqual(['articles.csv', 'articles.jsonl', 'articles.schema.json', 'issues.json', 'issues.schema.json']);
    for (const name of written) expect(fs.readFileSync(path.join(out, name)).equals(fs.readFileSync(path.join(site.dir, 'data', name))), name).toBe(true);
    fs.rmSync(out, { recursive: true });
  });
});

describe('sitemap.xml and robots.txt', () => {
  it.each(sites())('%s: the sitemap lists every page but retired ids, absolute under the site URL and base; a preview build has none', (_, site) => {
    const robots = fs.readFileSync(path.join(site.dir, 'robots.txt'), 'utf8');
    if (!site.siteUrl) {
      expect(fs.existsSync(path.join(site.dir, 'sitemap.xml'))).toBe(false);
      expect(robots).toBe('User-agent: *\nDisallow: /\n');
      return;
    }
    const htmlFiles = fs
      .readdirSync(site.dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html') && f !== '404.html')
      .map((f) => f.split(path.sep).join('/'))
      .filter((f) => !fs.readFileSync(path.join(site.dir, f), 'utf8').includes('data-retired-id='));
    const xml = fs.readFileSync(path.join(site.dir, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => decodeEntities(m[1]));
    const origin = new URL(locs[0]).origin;
    const asFiles = locs.map((loc) => {
      const url = new URL(loc);
      expect(url.origin).toBe(origin);
      expect(url.pathname.startsWith(site.base)).toBe(true);
      const rel = decodeURIComponent(url.pathname.slice(site.base.length));
      return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
    });
    expect(asFiles.sort()).toEqual(htmlFiles.sort());
    expect(locs).toContain(`${origin}${site.base}data/`);
    expect(origin).toBe(site.siteUrl);
    expect(robots).toContain(`Sitemap: ${origin}${site.base}sitemap.xml`);
  });
});
