import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/problems.ts';
import { readContent } from '../../src/content/read.ts';

const FIXTURE = path.resolve('tests/fixtures/content');
const A2 = 'articles/2025/2025-12-28/01-02.md';
const P2 = 'photos/2025/2025-12-28/01-02-p1.json';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-read-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const edit = (rel: string, change: (text: string) => string) => {
  const file = path.join(dir, rel);
  const before = fs.readFileSync(file, 'utf8');
  const after = change(before);
  expect(after, `edit of ${rel} changed nothing`).not.toBe(before);
  fs.writeFileSync(file, after);
};

function problemsOf(): ContentError {
  try {
    readContent(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('readContent accepted broken content');
}

describe('readContent on the fixture tree', () => {
  it('reads every entry, validated, with bodies as blocks, in print order', () => {
    const content = readContent(FIXTURE);
    expect(content.issues.map((i) => i.id)).toEqual(['2025-12-28']);
    expect(content.sections.map((s) => [s.id, s.name])).toEqual([['2025-12-28-01', '要闻']]);
    expect(content.articles.map((a) => [a.id, a.seq, a.file])).toEqual([
      ['2025-12-28-01-01', 1, 'articles/2025/2025-12-28/01-01.md'],
      ['2025-12-28-01-02', 2, 'articles/2025/2025-12-28/01-02.md'],
      ['2025-12-28-01-03', 3, 'articles/2025/2025-12-28/01-03.md'],
    ]);
    expect(content.articles[0].blocks.map((b) => b.type)).toEqual(['paragraph', 'subhead', 'paragraph', 'paragraph']);
    expect(content.articles[0].blocks[1].text).toBe('选树培育 凝聚榜样力量');
    expect(content.articles[0].blocks[3].text).toBe('山西同达药业有限公司研发总监韩飞宇深耕制药行业近20年，专注药物');
    expect(content.articles[2].continuedOn).toBe(3);
    expect(content.photos.map((p) => p.id)).toEqual(['2025-12-28-01-02-p1', '2025-12-28-01-03-p1']);
  });

  it('sorts by issue date, page and seq whatever the file names', () => {
    // A second issue, earlier in time, and articles whose seq order differs from name order.
    fs.mkdirSync(path.join(dir, 'issues/2024'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'sections/2024'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'articles/2024/2024-01-02'), { recursive: true });
    const move = (text: string) => text.replaceAll('2025-12-28', '2024-01-02').replaceAll('"2025/', '"2024/');
    fs.writeFileSync(path.join(dir, 'issues/2024/2024-01-02.json'), move(fs.readFileSync(path.join(FIXTURE, 'issues/2025/2025-12-28.json'), 'utf8')));
    fs.writeFileSync(path.join(dir, 'sections/2024/2024-01-02-01.json'), move(fs.readFileSync(path.join(FIXTURE, 'sections/2025/2025-12-28-01.json'), 'utf8')));
    fs.writeFileSync(path.join(dir, 'articles/2024/2024-01-02/01-01.md'), move(fs.readFileSync(path.join(FIXTURE, 'articles/2025/2025-12-28/01-01.md'), 'utf8')).replace('seq: 1', 'seq: 2'));
    fs.writeFileSync(path.join(dir, 'articles/2024/2024-01-02/01-02.md'), move(fs.readFileSync(path.join(FIXTURE, A2), 'utf8')).replace('seq: 2', 'seq: 1'));
    const content = readContent(dir);
    expect(content.issues.map((i) => i.id)).toEqual(['2024-01-02', '2025-12-28']);
    expect(content.articles.map((a) => a.id)).toEqual([
      '2024-01-02-01-02',
      '2024-01-02-01-01',
      '2025-12-28-01-01',
      '2025-12-28-01-02',
      '2025-12-28-01-03',
    ]);
  });
});

describe('readContent refuses broken entries, naming file, line, field and reason', () => {
  it('a frontmatter field of the wrong type', () => {
    edit(A2, (t) => t.replace('headline: "“白登山杯”大众滑雪公开赛启幕"', 'headline: 42'));
    const error = problemsOf();
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ line: 9, field: 'headline' });
    expect(error.format()).toMatch(/01-02\.md:9: 字段 headline：无效输入：期望 string/);
    expect(error.format()).not.toMatch(/\n\s+at /);
  });

  it('a missing required field, pointing at the frontmatter', () => {
    edit(A2, (t) => t.replace('seq: 2\n', ''));
    const [problem] = problemsOf().problems;
    expect(problem.field).toBe('seq');
    expect(problem.file).toMatch(/01-02\.md$/);
    expect(problem.line).toBe(2);
  });

  it('a nested field, and a value outside its enum', () => {
    edit(A2, (t) => t.replace('role: "记者"', 'role: "主编"'));
    const [problem] = problemsOf().problems;
    expect(problem).toMatchObject({ field: 'authors.0.role', line: 16 });
    expect(problem.reason).toContain('记者');
  });

  it('an unquoted date in frontmatter, which Astro reads as a Date, not a string', () => {
    edit(A2, (t) => t.replace('issue: "2025-12-28"', 'issue: 2025-12-28'));
    const [problem] = problemsOf().problems;
    expect(problem).toMatchObject({ field: 'issue', line: 3 });
  });

  it('an id that breaks the id pattern uses the schema message', () => {
    edit(P2, (t) => t.replace('"article": "2025-12-28-01-02"', '"article": "2025-12-28-1-2"'));
    const [problem] = problemsOf().problems;
    expect(problem).toMatchObject({ field: 'article', line: 5, reason: '稿件号须为 YYYY-MM-DD-NN-SS' });
  });

  it('JSON and YAML syntax errors, with their line', () => {
    edit(P2, (t) => t.replace('"seq": 1,', '"seq": 1,,'));
    edit(A2, (t) => t.replace('kind: "article"', 'kind: "article'));
    const problems = problemsOf().problems;
    expect(problems).toHaveLength(2);
    expect(problems.find((p) => p.file.endsWith('01-02-p1.json'))).toMatchObject({ line: 6 });
    expect(problems.find((p) => p.file.endsWith('01-02-p1.json'))!.reason).toContain('JSON');
    expect(problems.find((p) => p.file.endsWith('01-02.md'))!.reason).toContain('YAML');
  });

  it('a Markdown entry without frontmatter', () => {
    edit(A2, (t) => t.replace(/^---\n/, ''));
    expect(problemsOf().problems[0]).toMatchObject({ line: 1 });
    expect(problemsOf().format()).toContain('缺少开头的 --- 元数据块（frontmatter）');
  });

  it('a frontmatter block never closed is named as such, not as a missing opening', () => {
    edit(A2, (t) => t.replace(/\n---\n\n/, '\n\n'));
    const [problem] = problemsOf().problems;
    expect(problem).toMatchObject({ line: 1 });
    expect(problem.reason).toMatch(/^第 1 行的 --- 打开了元数据块（frontmatter），但没有结尾的 ---（应在第 \d+ 行之前）/);
    expect(problem.reason).not.toContain('缺少开头');
  });

  it('references to entries that do not exist', () => {
    fs.rmSync(path.join(dir, A2));
    edit('articles/2025/2025-12-28/01-03.md', (t) => t.replace('continuedFromArticle: null', 'continuedFromArticle: "2025-12-28-01-09"'));
    const problems = problemsOf().problems;
    expect(problems.map((p) => [p.file.split('/').pop(), p.field])).toEqual([
      ['01-03.md', 'continuedFromArticle'],
      ['01-02-p1.json', 'article'],
    ]);
    expect(problems[1].reason).toContain('2025-12-28-01-02');
    // Each names the line of the field that dangles.
    const lineOf = (rel: string, key: string) => fs.readFileSync(path.join(dir, rel), 'utf8').split('\n').findIndex((l) => l.trimStart().startsWith(key)) + 1;
    expect(problems[0].line).toBe(lineOf('articles/2025/2025-12-28/01-03.md', 'continuedFromArticle:'));
    expect(problems[1].line).toBe(lineOf('photos/2025/2025-12-28/01-02-p1.json', '"article":'));
    expect(problems[0].line).toBeGreaterThan(1);
  });

  it('a copied file whose id was not changed, and a file out of its place', () => {
    fs.copyFileSync(path.join(dir, A2), path.join(dir, 'articles/2025/2025-12-28/01-04.md'));
    const [problem] = problemsOf().problems;
    expect(problem.file).toMatch(/01-04\.md$/);
    expect(problem.field).toBe('id');
    expect(problem.reason).toContain('articles/2025/2025-12-28/01-02.md');
  });

  it('an issue listing a page the archive has no section for', () => {
    edit('issues/2025/2025-12-28.json', (t) => t.replace('"pages": [\n    1\n  ]', '"pages": [\n    1,\n    2\n  ]'));
    const [problem] = problemsOf().problems;
    expect(problem).toMatchObject({ field: 'pages', line: 7 }); // the line of the 2
    expect(problem.reason).toContain('第 2 版');
  });

  it('a photo placed in another page than its article', () => {
    fs.writeFileSync(
      path.join(dir, 'sections/2025/2025-12-28-02.json'),
      fs.readFileSync(path.join(dir, 'sections/2025/2025-12-28-01.json'), 'utf8').replace('-01"', '-02"').replace('"page": 1', '"page": 2'),
    );
    edit('issues/2025/2025-12-28.json', (t) => t.replace('"pages": [\n    1\n  ]', '"pages": [\n    1,\n    2\n  ]'));
    edit(P2, (t) => t.replace('"section": "2025-12-28-01"', '"section": "2025-12-28-02"'));
    const [problem] = problemsOf().problems;
    expect(problem).toMatchObject({ field: 'section' });
    expect(problem.reason).toContain('2025-12-28-01');
  });

  it('lists every problem at once', () => {
    edit(A2, (t) => t.replace('seq: 2', 'seq: 0').replace('kind: "article"', 'kind: "story"'));
    edit(P2, (t) => t.replace('"seq": 1', '"seq": "1"'));
    const error = problemsOf();
    expect(error.problems.map((p) => p.field).sort()).toEqual(['kind', 'seq', 'seq']);
    expect(error.format().split('\n')[0]).toContain('3 处问题');
  });
});

describe('readContent on the real content tree', () => {
  it('reads and validates every ingested entry', () => {
    const content = readContent(path.resolve('content'));
    expect(content.issues.length).toBeGreaterThan(0);
    expect(content.articles.length).toBeGreaterThan(content.issues.length);
    for (const article of content.articles) {
      expect(content.sections.some((s) => s.id === article.section)).toBe(true);
    }
    const dates = content.issues.map((i) => i.date);
    expect([...dates].sort()).toEqual(dates);
  });
});
