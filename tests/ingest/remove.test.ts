/**
 * Taking a page out of the archive is deliberate: `npm run ingest -- --remove FILE` says what
 * goes, removes the source, its entries (a hand-edited one too) and its metadata in one commit,
 * and withdraws its article ids for good, with the day and the title the site shows in their
 * place. On a scratch copy of the real content tree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../src/content/archive.ts';
import { localToday } from '../../src/ingest/today.ts';
import { ledgerSchema } from '../../src/schema/ledger.ts';
import { scratchContent, runIngest } from '../helpers/scratch-content.ts';
import { SEEDS } from '../helpers/seeds.ts';

const scratch = scratchContent('remove');
const ingest = (...args: string[]) => runIngest(scratch, ...args);
const ledger = () => ledgerSchema.parse(JSON.parse(fs.readFileSync(path.join(scratch.content, 'ids.json'), 'utf8')));
const exists = (rel: string) => fs.existsSync(path.join(scratch.content, rel));

describe('npm run ingest -- --remove FILE', () => {
  const front = SEEDS[0]; // 2025-12-28, the only page of its issue

  it('says what goes, removes the page whole, and withdraws its ids for good', () => {
    const ids = Object.entries(ledger().articles).filter(([, e]) => e.source === front).map(([id]) => id).sort();
    expect(ids.length).toBeGreaterThan(3);
    // The metadata names it among others, and a person edited one of its articles.
    fs.writeFileSync(path.join(scratch.content, 'sources/metadata.yaml'), `# 编辑部维护\n${front}:\n  pageName: 要闻\n${SEEDS[1]}:\n  pageName: 要闻\n`);
    expect(ingest().code).toBe(0);
    const edited = path.join(scratch.content, 'articles/2025/2025-12-28/01-03.md');
    fs.writeFileSync(edited, fs.readFileSync(edited, 'utf8').replace('---\n\n', '---\n\n编者按：此稿有误。\n\n'));

    const run = ingest('--remove', `content/sources/${front}`);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain(`撤下 ${front}（2025-12-28 第1版）：来源文件、版面和 ${ids.length} 篇稿件从档案中删除`);
    expect(run.out).toContain(`稿件号 ${ids.join('、')} 永久停用`);

    expect(exists(`sources/${front}`)).toBe(false);
    expect(exists('articles/2025/2025-12-28')).toBe(false);
    expect(exists('photos/2025/2025-12-28')).toBe(false);
    expect(exists('issues/2025/2025-12-28.json')).toBe(false);
    expect(exists('sections/2025/2025-12-28-01.json')).toBe(false);
    const meta = fs.readFileSync(path.join(scratch.content, 'sources/metadata.yaml'), 'utf8');
    expect(meta).not.toContain(front);
    expect(meta).toContain('# 编辑部维护');
    expect(meta).toContain(SEEDS[1]);

    const after = ledger();
    expect(Object.keys(after.withdrawn)).toEqual(ids);
    expect(after.withdrawn[ids[0]]).toMatchObject({ source: front, issue: '2025-12-28', page: 1, withdrawn: localToday() });
    expect(after.withdrawn[ids[0]].title).not.toBe('');
    for (const id of ids) expect(after.articles[id]).toBeUndefined();
    const manifest = JSON.parse(fs.readFileSync(path.join(scratch.content, '.ingest-manifest.json'), 'utf8')).files;
    expect(Object.keys(manifest).some((rel) => rel.includes('2025-12-28'))).toBe(false);

    // The archive that remains is whole, and a plain re-ingest has nothing to do.
    expect(readArchive(scratch.content).issues.map((i) => i.id)).not.toContain('2025-12-28');
    const again = ingest();
    expect(again.code, again.err).toBe(0);
    expect(again.out).toContain('没有变化');

    // The same page added back gets new ids: a withdrawn id is never given again.
    const back = path.join(scratch.root, front);
    fs.copyFileSync(path.resolve('content/sources', front), back);
    expect(ingest(back).code).toBe(0);
    const readded = Object.entries(ledger().articles).filter(([, e]) => e.source === front).map(([id]) => id);
    expect(readded.length).toBe(ids.length);
    for (const id of readded) expect(ids).not.toContain(id);
  });

  it('a page of an issue with other pages leaves the issue with the rest', () => {
    // Give the 2024-01-02 page a second page in the same issue, then take that one out again.
    const second = path.join(scratch.root, '006_second.txt');
    fs.writeFileSync(second, '市图书馆推出寒假阅读季\n本报讯（通讯员 王晓晴）1月1日，市图书馆寒假阅读季活动启动，推出亲子共读、古籍展览等二十余项活动。\n');
    fs.writeFileSync(path.join(scratch.content, 'sources/metadata.yaml'), '006_second.txt:\n  date: 2024-01-02\n  page: 2\n');
    expect(ingest(second).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(scratch.content, 'issues/2024/2024-01-02.json'), 'utf8')).pages).toEqual([1, 2]);
    const run = ingest('--remove', '006_second.txt');
    expect(run.code, run.err).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(scratch.content, 'issues/2024/2024-01-02.json'), 'utf8')).pages).toEqual([1]);
    expect(exists('sections/2024/2024-01-02-02.json')).toBe(false);
    expect(exists('sources/metadata.yaml')).toBe(false);
    expect(Object.values(ledger().withdrawn).map((w) => w.source)).toEqual(['006_second.txt']);
    expect(ingest().out).toContain('没有变化');
  });
});
