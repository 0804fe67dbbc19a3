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
import { IngestError } from '../../src/ingest/errors.ts';
import { removals } from '../../src/ingest/source-files.ts';
import { localToday } from '../../src/ingest/today.ts';
import { withoutEntries } from '../../src/ingest/withdraw.ts';
import { ledgerSchema } from '../../src/schema/ledger.ts';
import { fileHashes, runIngest, runScript, scratchContent } from '../helpers/scratch-content.ts';
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
    // The real topics cite this page; a removal they would not survive is refused (below).
    fs.rmSync(path.join(scratch.content, 'topics'), { recursive: true });
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

  /** A made-up second page of the 2024-01-02 issue, ingested; gives its article ids. */
  const addSecondPage = () => {
    const second = path.join(scratch.root, '006_second.txt');
    fs.writeFileSync(second, '市图书馆推出寒假阅读季\n本报讯（通讯员 王晓晴）1月1日，市图书馆寒假阅读季活动启动，推出亲子共读、古籍展览等二十余项活动。\n');
    fs.writeFileSync(path.join(scratch.content, 'sources/metadata.yaml'), '006_second.txt:\n  date: 2024-01-02\n  page: 2\n');
    const run = ingest(second);
    expect(run.code, run.err).toBe(0);
    return Object.entries(ledger().articles).filter(([, e]) => e.source === '006_second.txt').map(([id]) => id);
  };

  it('takes out a source whose file was deleted by hand: the command the refusal advises works', () => {
    const ids = addSecondPage();
    const metadataFile = path.join(scratch.content, 'sources/metadata.yaml');
    fs.writeFileSync(metadataFile, `# 编辑部维护：第二版的日期见报头\n${fs.readFileSync(metadataFile, 'utf8')}`);
    fs.rmSync(path.join(scratch.content, 'sources/006_second.txt'));
    const refused = ingest();
    expect(refused.code).toBe(1);
    // The advice names the tree the run read, so it acts on that tree pasted as printed.
    const advised = /运行 ARCHIVE_CONTENT_DIR=(\S+) npm run ingest -- (--remove \S+) /.exec(refused.err);
    expect(advised?.[1], refused.err).toBe(scratch.content);
    expect(advised?.[2], refused.err).toBe('--remove 006_second.txt');

    const run = ingest(...advised![2].split(' '));
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('撤下 006_second.txt（2024-01-02 第2版）：来源文件已不在 content/sources/；版面和 1 篇稿件从档案中删除');
    expect(Object.keys(ledger().withdrawn)).toEqual(ids);
    expect(exists('sections/2024/2024-01-02-02.json')).toBe(false);
    // Its entry left metadata.yaml; the staff's comment did not.
    expect(fs.readFileSync(metadataFile, 'utf8')).toBe('# 编辑部维护：第二版的日期见报头\n');
    expect(ingest().out).toContain('没有变化');
    expect(runScript(scratch, 'scripts/check-content.ts').code).toBe(0);

    // A name the archive never had is still refused, with the nearest one.
    const unknown = ingest('--remove', '006_secnod.txt');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('--remove 给出的来源文件不在档案中');
  });

  it('refuses to withdraw an article a topic cites, naming the topic’s file and line; the topic check names a withdrawn id for what it is', () => {
    const [id] = addSecondPage();
    const topic = path.join(scratch.content, 'topics/yuedu-ji.mdx');
    const front = ['---', 'title: 阅读季', 'summary: 一句话简介。', 'cover: 封面', 'tags: [阅读]', 'from: 2024-01-01', 'to: 2024-01-02', 'editor: 编辑部', '---', ''];
    const citing = [...front, '导语。', '', `<稿件 id="${id}" />`, ''].join('\n');
    fs.writeFileSync(topic, citing);
    expect(runScript(scratch, 'scripts/check-content.ts').code).toBe(0);
    const before = fileHashes(scratch.content);

    const refused = ingest('--remove', '006_second.txt');
    expect(refused.code).toBe(1);
    expect(refused.err.trim().split('\n').at(-1)).toMatch(
      new RegExp(`^content/topics/yuedu-ji\\.mdx:13: 专题引用了稿件 ${id}，它属于要撤下的 006_second\\.txt（cited by a topic） — .*请先在专题中删去或替换这些引用`),
    );
    expect(fileHashes(scratch.content)).toEqual(before);

    // Without the citation the removal goes through.
    fs.writeFileSync(topic, [...front, '导语。', ''].join('\n'));
    expect(ingest('--remove', '006_second.txt').code).toBe(0);

    // A topic that cites it afterwards (restored from git, say) is told it was withdrawn, and when.
    fs.writeFileSync(topic, citing);
    const check = runScript(scratch, 'scripts/check-content.ts');
    expect(check.code).toBe(1);
    expect(check.err).toContain(`content/topics/yuedu-ji.mdx:13: 稿件 ${id}（市图书馆推出寒假阅读季）已于 ${localToday()} 撤下：来源文件 006_second.txt 已用 --remove 撤出档案（withdrawn）— 请从专题中删去这条引用`);
  });
});

describe('metadata.yaml after --remove (withoutEntries)', () => {
  it('keeps the staff’s comments, in order, when the last entry goes; the file goes only when nothing is left', () => {
    const text = '# 编辑部维护\n# 第二行\n\n# 关于第二版\n006_second.txt:\n  page: 2 # 行尾\n# 末尾\n';
    expect(withoutEntries(text, ['006_second.txt'])).toBe('# 编辑部维护\n# 第二行\n\n# 关于第二版\n# 末尾\n');
    expect(withoutEntries('006_second.txt:\n  page: 2\n', ['006_second.txt'])).toBe('');
  });

  it('moves a comment above a removed entry to the entry that follows, and leaves other entries as they were', () => {
    const text = '# 编辑部维护\n006_second.txt:\n  page: 2\n007_third.txt:\n  page: 3\n';
    expect(withoutEntries(text, ['006_second.txt'])).toBe('# 编辑部维护\n007_third.txt:\n  page: 3\n');
    expect(withoutEntries(text, ['008_none.txt'])).toBe(text);
  });
});

describe('--remove with a name the archive does not have', () => {
  const refusal = (name: string, existing: string[]) => {
    try {
      removals([name], existing, [], '/archive/content/sources', (p) => p);
    } catch (error) {
      if (error instanceof IngestError) return error;
      throw error;
    }
    throw new Error(`${name} was not refused`);
  };

  it('refuses a path into another tree’s sources (a scratch archive’s), whose name this archive also has: a page of the same name is not taken out', () => {
    const error = refusal('/scratch/other/content/sources/2026-03-02_02.txt', ['2026-03-02_02.txt']);
    expect(error.message).toContain('--remove 给出的路径不在本次导入的档案里');
    expect(error.hint).toContain('ARCHIVE_CONTENT_DIR=');
    // A bare name, or a path into this archive's own sources, is the page meant.
    expect(removals(['2026-03-02_02.txt', '/archive/content/sources/2026-03-02_02.txt'], ['2026-03-02_02.txt'], [], '/archive/content/sources', (p) => p)).toEqual(['2026-03-02_02.txt']);
  });

  it('suggests the name it was meant to be, when one letter or two are off', () => {
    expect(refusal('2026-03-02_2.txt', ['2026-03-02_02.txt', 'p1.txt']).hint).toContain('是不是 2026-03-02_02.txt？');
  });

  it('suggests the file a name typed without its .txt is, quoted for the shell where it has spaces', () => {
    expect(refusal('2026-03-02_02', ['2026-03-02_02.txt', 'p1.txt']).hint).toContain('是不是 2026-03-02_02.txt？');
    expect(refusal('2026-03-02 第十二版 经济', ['2026-03-02 第十二版 经济.txt']).hint).toContain("是不是 '2026-03-02 第十二版 经济.txt'？");
  });

  it('does not offer another day’s page as the one meant (a page removed twice was offered 2026-03-05-03-体育.txt to remove)', () => {
    const hint = refusal('2026-03-02_02.txt', ['2026-03-05-03-体育.txt', 'p1.txt']).hint;
    expect(hint).not.toContain('是不是');
    expect(hint).toContain('请核对文件名');
  });
});
