import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articlePermalink, articleUrl, buildExport } from '../../src/export/build.ts';
import { CSV_COLUMNS } from '../../src/export/csv.ts';
import { handEdits } from '../../src/export/edits.ts';
import { exportArticleSchema, exportIssuesSchema } from '../../src/export/schema.ts';
import { buildArchive, readArchive } from '../../src/content/archive.ts';
import { readContent } from '../../src/content/read.ts';

const FIXTURE = path.resolve('tests/fixtures/content');
const REAL = path.resolve('content');
const ARTICLE_FIELDS = [
  'id', 'url', 'permalink', 'issue', 'date', 'dateSource', 'page', 'pageName', 'seq', 'kind', 'column', 'kicker', 'headline', 'subheadline', 'byline',
  'dateline', 'signature', 'authors', 'blocks', 'photos', 'continuedOn', 'continuedFrom', 'continuationNotes', 'continuedOnArticle',
  'continuedFromArticle', 'flags', 'folds', 'source', 'editedByHand', 'corrected',
];
const ISSUE_FIELDS = ['id', 'date', 'dateSource', 'pages', 'sources', 'dateEvidence', 'editedByHand', 'pageFiles'];

let out: string;
beforeEach(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-export-'));
});
afterEach(() => fs.rmSync(out, { recursive: true, force: true }));

/** Runs `npm run export` as a user would (the script, with Node 24 from node_modules). */
function runExport(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['scripts/export.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, BASE_PATH: '', ...env },
  });
}

function readExport(dir: string) {
  const jsonl = fs.readFileSync(path.join(dir, 'articles.jsonl'), 'utf8');
  expect(jsonl.endsWith('\n')).toBe(true);
  const lines = jsonl.slice(0, -1).split('\n');
  return {
    jsonl,
    lines,
    articles: lines.map((line) => exportArticleSchema.parse(JSON.parse(line))),
    issues: exportIssuesSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, 'issues.json'), 'utf8'))),
  };
}

describe('buildExport', () => {
  const content = readContent(FIXTURE);
  const data = buildExport(readArchive(FIXTURE));

  it('gives every article its fields in the documented order, from the entry and its photos', () => {
    expect(data.articles.map((a) => a.id)).toEqual(['2025-12-28-01-01', '2025-12-28-01-02', '2025-12-28-01-03']);
    for (const a of data.articles) expect(Object.keys(a)).toEqual(ARTICLE_FIELDS);
    const skiing = data.articles[1];
    expect(skiing).toEqual({
      id: '2025-12-28-01-02',
      url: '/articles/2025-12-28-01-02/',
      permalink: null,
      issue: '2025-12-28',
      date: '2025-12-28',
      dateSource: 'metadata',
      page: 1,
      pageName: '要闻',
      seq: 2,
      kind: 'article',
      column: null,
      kicker: null,
      headline: '“白登山杯”大众滑雪公开赛启幕',
      subheadline: null,
      byline: null,
      dateline: '本报讯（记者 陈杰）',
      signature: null,
      authors: [{ name: '陈杰', role: '记者' }],
      blocks: content.articles[1].blocks,
      photos: [
        {
          caption: '图为运动员在雪道上驰骋。',
          credit: '本报记者 戎禹仁摄',
          photographers: ['戎禹仁'],
          afterBlock: 0,
          source: { file: '000_a25d01534798cd06.txt', lines: [83, 85] },
          editedByHand: null,
          corrected: null,
        },
      ],
      continuedOn: null,
      continuedFrom: null,
      continuationNotes: [],
      continuedOnArticle: null,
      continuedFromArticle: null,
      flags: [],
      folds: [],
      source: { file: '000_a25d01534798cd06.txt', lines: [79, 93] },
      editedByHand: null, // the fixture tree has no ingest manifest: nothing to compare with
      corrected: null,
    });
    expect(skiing.blocks).toHaveLength(2);
    expect(data.articles[0].blocks[1]).toEqual({ type: 'subhead', text: '选树培育 凝聚榜样力量' });
    expect(data.articles[0].photos).toEqual([]);
    expect(data.articles[2]).toMatchObject({ column: '加快推动文旅行业高质量发展', continuedOn: 3, flags: [] });
  });

  it('lists issues with their date, its source, pages and source files', () => {
    expect(data.issues).toEqual([
      { id: '2025-12-28', date: '2025-12-28', dateSource: 'metadata', pages: [1], sources: ['000_a25d01534798cd06.txt'], dateEvidence: [], editedByHand: null, pageFiles: [{ page: 1, image: null, pdf: null }] },
    ]);
    for (const issue of data.issues) expect(Object.keys(issue)).toEqual(ISSUE_FIELDS);
  });

  it('orders an article\'s photos by seq', () => {
    const twoPhotos = readContent(FIXTURE);
    const [first] = twoPhotos.photos;
    twoPhotos.photos = [{ ...first, id: `${first.article}-p2`, seq: 2, caption: '第二张' }, first];
    expect(buildExport(buildArchive(twoPhotos)).articles[1].photos.map((p) => p.caption)).toEqual(['图为运动员在雪道上驰骋。', '第二张']);
  });

  it('puts urls under the site base path', () => {
    expect(articleUrl('2025-12-28-01-02')).toBe('/articles/2025-12-28-01-02/');
    expect(articleUrl('2025-12-28-01-02', '')).toBe('/articles/2025-12-28-01-02/');
    for (const base of ['/archive', '/archive/', 'archive', '/datong/archive/']) {
      expect(articleUrl('2025-12-28-01-02', base)).toMatch(/^\/(datong\/)?archive\/articles\/2025-12-28-01-02\/$/);
    }
  });
});

describe('the full address of every article', () => {
  it('is the site address, base path and article path; null without a site address', () => {
    expect(articlePermalink('2025-12-28-01-02', '/archive/', 'https://dtrb.example.cn')).toBe('https://dtrb.example.cn/archive/articles/2025-12-28-01-02/');
    expect(articlePermalink('2025-12-28-01-02', '/', 'http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/articles/2025-12-28-01-02/');
    expect(articlePermalink('2025-12-28-01-02', '/archive/', null)).toBeNull();
    const deployed = buildExport(readArchive(FIXTURE), '/archive/', () => null, 'https://dtrb.example.cn');
    for (const a of deployed.articles) expect(a.permalink).toBe(`https://dtrb.example.cn/archive/articles/${a.id}/`);
    expect(buildExport(readArchive(FIXTURE)).articles.every((a) => a.permalink === null)).toBe(true);
  });

  it('is written by npm run export with SITE_URL, in the JSONL and as the CSV\'s last column, beside each row\'s dateSource', () => {
    const result = runExport(['--out', out], { ARCHIVE_CONTENT_DIR: FIXTURE, BASE_PATH: '/archive/', SITE_URL: 'https://dtrb.example.cn' });
    expect(result.status, result.stderr).toBe(0);
    const { articles } = readExport(out);
    expect(articles.map((a) => a.permalink)).toEqual(articles.map((a) => `https://dtrb.example.cn/archive/articles/${a.id}/`));
    const csv = fs.readFileSync(path.join(out, 'articles.csv'), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    const header = csv[0].split(',');
    expect(header.at(-1)).toBe('permalink');
    expect(header.at(-2)).toBe('editedByHand');
    for (const [k, a] of articles.entries()) {
      expect(csv[k + 1]).toContain(`,https://dtrb.example.cn/archive/articles/${a.id}/`);
      expect(a.dateSource).toMatch(/^(metadata|masthead|inferred)$/);
    }
  });
});

describe('npm run export', () => {
  it('writes the fixture tree: every line re-validates, in order, the same bytes every time', () => {
    const result = runExport(['--out', out], { ARCHIVE_CONTENT_DIR: FIXTURE });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('已导出 1 期、3 条稿件');
    const exported = readExport(out);
    expect(exported.articles.map((a) => a.id)).toEqual(buildExport(readArchive(FIXTURE)).articles.map((a) => a.id));
    expect(exported.jsonl).toContain('榜样引领树标杆'); // UTF-8, not \u escapes
    expect(exported.issues.map((i) => i.id)).toEqual(['2025-12-28']);
    const schema = JSON.parse(fs.readFileSync(path.join(out, 'articles.schema.json'), 'utf8'));
    expect(Object.keys(schema.properties)).toEqual(ARTICLE_FIELDS);
    expect(schema.additionalProperties).toBe(false);
    expect(fs.readdirSync(out).sort()).toEqual(['articles.csv', 'articles.jsonl', 'articles.schema.json', 'issues.json', 'issues.schema.json']);

    const again = path.join(out, 'again');
    expect(runExport([`--out=${again}`], { ARCHIVE_CONTENT_DIR: FIXTURE }).status).toBe(0);
    for (const name of fs.readdirSync(again)) {
      expect(fs.readFileSync(path.join(again, name), 'utf8')).toBe(fs.readFileSync(path.join(out, name), 'utf8'));
    }
  });

  it('uses BASE_PATH for urls', () => {
    expect(runExport(['--out', out], { ARCHIVE_CONTENT_DIR: FIXTURE, BASE_PATH: '/datong/' }).status).toBe(0);
    expect(readExport(out).articles[0].url).toBe('/datong/articles/2025-12-28-01-01/');
  });

  it('exports the real ingested content: one valid line per article and photo news, in issue/page/print order', () => {
    const result = runExport(['--out', out], { ARCHIVE_CONTENT_DIR: REAL });
    expect(result.status, result.stderr).toBe(0);
    const { articles, issues } = readExport(out);
    const content = readContent(REAL);
    const countFiles = (dir: string, ext: string): number =>
      fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(ext)).length;
    expect(articles).toHaveLength(countFiles(path.join(REAL, 'articles'), '.md'));
    expect(issues).toHaveLength(countFiles(path.join(REAL, 'issues'), '.json'));
    expect(articles.reduce((n, a) => n + a.photos.length, 0)).toBe(countFiles(path.join(REAL, 'photos'), '.json'));
    expect(articles.some((a) => a.kind === 'photo')).toBe(true);

    const issueOrder = issues.map((i) => i.id);
    const position = articles.map((a) => [issueOrder.indexOf(a.issue), a.page, a.seq]);
    const sorted = [...position].sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
    expect(position).toEqual(sorted);
    for (const [k, a] of articles.entries()) {
      expect(a.blocks).toEqual(content.articles[k].blocks);
      expect(a.url).toBe(`/articles/${a.id}/`);
    }
  });

  it('refuses broken content naming file, line and field, without a stack trace, writing nothing', () => {
    const broken = path.join(out, 'content');
    fs.cpSync(FIXTURE, broken, { recursive: true });
    const file = path.join(broken, 'articles/2025/2025-12-28/01-02.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('seq: 2', 'seq: 二'));
    const target = path.join(out, 'export');
    const result = runExport(['--out', target], { ARCHIVE_CONTENT_DIR: broken });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/01-02\.md:5: 字段 seq：/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(target)).toBe(false);
  });

  it('refuses a broken or wrongly shaped id ledger in one line, writing nothing', () => {
    for (const [name, text, reason] of [
      ['not-json', '{"articles": {', /^导出未完成：\S*ids\.json:1: 稿件号账本损坏：不是有效的 JSON：.*（broken id ledger）— 请用 git checkout 或备份恢复这个文件/m],
      ['wrong-shape', '{"articles": [], "retired": {}}', /^导出未完成：\S*ids\.json: 稿件号账本损坏：articles：.*（broken id ledger）— 请用 git checkout/m],
    ] as const) {
      const broken = path.join(out, name, 'content');
      fs.cpSync(FIXTURE, broken, { recursive: true });
      fs.writeFileSync(path.join(broken, 'ids.json'), text);
      const target = path.join(out, name, 'export');
      const result = runExport(['--out', target], { ARCHIVE_CONTENT_DIR: broken });
      expect(result.status, result.stderr).toBe(1);
      expect(result.stderr).toMatch(reason);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(fs.existsSync(target)).toBe(false);
    }
  });

  it('explains its usage', () => {
    for (const args of [[], ['--out'], ['--outdir', out], [out]]) {
      const result = runExport(args, { ARCHIVE_CONTENT_DIR: FIXTURE });
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('npm run export -- --out');
    }
  });
});

describe('everything the entry keeps', () => {
  const content = readContent(REAL);
  const data = buildExport(buildArchive(content), '/', handEdits(REAL));
  const byId = new Map(data.articles.map((a) => [a.id, a]));

  it('folds, continuation notes as printed, signatures and the source lines, as the entries hold them', () => {
    for (const entry of content.articles) {
      const a = byId.get(entry.id)!;
      expect(a.folds).toEqual(entry.folds);
      expect(a.continuationNotes).toEqual(entry.continuationNotes);
      expect([a.signature, a.continuedOnArticle, a.continuedFromArticle]).toEqual([entry.signature, entry.continuedOnArticle, entry.continuedFromArticle]);
      expect(a.source).toEqual(entry.source);
    }
    // and the seeds have each of them
    expect(byId.get('2024-01-02-01-06')!.folds).toEqual([expect.objectContaining({ line: 85, sameAsLine: 81 })]);
    expect(byId.get('2024-01-02-01-01')!.continuationNotes).toEqual(['（下转第三版）']);
    expect(byId.get('2022-01-19-01-03')!.signature).toBe('曹飞');
    expect(byId.get('2022-01-19-01-03')!.source).toEqual({ file: '004_c3113a738babef97.txt', lines: [33, 41] });
  });

  it('the date’s source on every article row, and the evidence in issues.json', () => {
    const issues = new Map(data.issues.map((i) => [i.id, i]));
    for (const a of data.articles) expect(a.dateSource).toBe(issues.get(a.issue)!.dateSource);
    expect(data.articles.every((a) => a.dateSource === 'inferred')).toBe(true);
    for (const issue of data.issues) {
      expect(issue.dateEvidence).toEqual(content.issues.find((i) => i.id === issue.id)!.dateEvidence);
      expect(issue.dateEvidence.length).toBeGreaterThan(0);
    }
  });

  it('whether a person edited the entry: its file differs from what the ingest wrote', () => {
    expect(data.articles.every((a) => a.editedByHand === false && a.photos.every((p) => p.editedByHand === false))).toBe(true);
    expect(data.issues.every((i) => i.editedByHand === false)).toBe(true);

    const tree = path.join(out, 'content');
    fs.cpSync(REAL, tree, { recursive: true });
    const file = path.join(tree, 'articles/2022/2022-01-19/01-03.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('headline: "温暖送给环卫工"', 'headline: "温暖送给环卫工们"\ncorrected: "2026-01-05"'));
    const photo = path.join(tree, 'photos/2022/2022-01-19/01-04-p1.json');
    fs.writeFileSync(photo, fs.readFileSync(photo, 'utf8').replace('"afterBlock": 0', '"afterBlock":0, "corrected": "2026-01-05"'));
    const result = runExport(['--out', path.join(out, 'export')], { ARCHIVE_CONTENT_DIR: tree });
    expect(result.status, result.stderr).toBe(0);
    const { articles, lines } = readExport(path.join(out, 'export'));
    expect(articles.filter((a) => a.editedByHand).map((a) => a.id)).toEqual(['2022-01-19-01-03']);
    expect(articles.find((a) => a.id === '2022-01-19-01-03')!.headline).toBe('温暖送给环卫工们');
    expect(articles.find((a) => a.id === '2022-01-19-01-03')!.corrected).toEqual({ date: '2026-01-05', note: null });
    // a photo entry re-spaced by hand is edited too, though its caption reads the same
    expect(articles.find((a) => a.id === '2022-01-19-01-04')!.photos.map((p) => p.editedByHand)).toEqual([true]);
    expect(lines.every((l) => /"editedByHand":(true|false)[,}]/.test(l))).toBe(true);
    const csv = fs.readFileSync(path.join(out, 'export/articles.csv'), 'utf8');
    // editedByHand, then the column added after it (permalink: empty without SITE_URL)
    expect(csv.split('\r\n')[0].split(',').slice(-2)).toEqual(['editedByHand', 'permalink']);
    expect(csv.split('\r\n').filter((row) => row.endsWith(',true,'))).toHaveLength(1);
  });

  it('a file the ingest never wrote counts as edited by hand; a tree without a manifest says null', () => {
    const tree = path.join(out, 'content');
    fs.cpSync(REAL, tree, { recursive: true });
    const manifest = JSON.parse(fs.readFileSync(path.join(tree, '.ingest-manifest.json'), 'utf8'));
    delete manifest.files['issues/2022/2022-01-19.json'];
    fs.writeFileSync(path.join(tree, '.ingest-manifest.json'), JSON.stringify(manifest));
    expect(handEdits(tree)('issues/2022/2022-01-19.json')).toBe(true);
    expect(handEdits(tree)('issues/2023/2023-10-23.json')).toBe(false);
    expect(handEdits(FIXTURE)('articles/2025/2025-12-28/01-01.md')).toBeNull();
  });
});

describe('docs/export.md', () => {
  it('documents every exported field', () => {
    const doc = fs.readFileSync('docs/export.md', 'utf8');
    const fields = [
      ...ARTICLE_FIELDS,
      ...ISSUE_FIELDS,
      'authors[].name', 'authors[].role', 'blocks[].type', 'blocks[].text',
      'photos[].caption', 'photos[].credit', 'photos[].photographers', 'photos[].afterBlock', 'photos[].source', 'photos[].editedByHand', 'photos[].corrected',
      'folds[].text', 'folds[].line', 'folds[].sameAsLine', 'source.file', 'source.lines',
      'dateEvidence[].date', 'dateEvidence[].text', 'dateEvidence[].sentence', 'dateEvidence[].source', 'dateEvidence[].line',
      'corrected.date', 'corrected.note',
      'pageFiles[].page', 'pageFiles[].image', 'pageFiles[].pdf', 'image.url', 'image.format', 'image.width', 'image.height', 'image.bytes', 'image.sha256', 'pdf.url', 'pdf.bytes', 'pdf.sha256',
      ...CSV_COLUMNS.map((c) => c.name),
    ];
    for (const field of fields) expect(doc, field).toContain('`' + field + '`');
  });
});

describe('the export examples in README.md and docs/', () => {
  const docs = ['README.md', ...fs.readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => path.join('docs', f))];
  const examples = docs.flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/npm run export -- (?:\S+ )*?--out[= ](\S+)/g)].map((m) => ({ file, out: m[1] })),
  );

  it.runIf(fs.existsSync('.git'))('write outside the repository or into a folder git ignores, never one staff could commit', () => {
    const concrete = examples.filter((e) => e.out !== 'DIR');
    expect(concrete.map((e) => e.file)).toContain('README.md');
    for (const { file, out } of concrete) {
      const inRepo = !path.relative(process.cwd(), path.resolve(out)).startsWith('..');
      if (!inRepo) continue;
      const ignored = spawnSync('git', ['check-ignore', '-q', path.join(out, 'articles.jsonl')]);
      expect(ignored.status, `${file}: --out ${out} is inside the repository and not ignored by git`).toBe(0);
    }
  });
});
