/**
 * What a careless run of `npm run ingest` can get wrong, on a scratch copy of the real content
 * tree: arguments (a folder named x.txt, a hidden file, two files of one name, a mistyped
 * option), a broken id ledger, metadata saved in GBK, a source deleted by hand. Each is refused
 * in one line naming the file (and line) and the fix, exit 1 (2 for a usage mistake), with
 * content/ as it was — or, for GBK metadata, read correctly.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { scratchContent, runIngest, fileHashes } from '../helpers/scratch-content.ts';
import { SEEDS, seedText } from '../helpers/seeds.ts';
import { ingestCommand, shellWord } from '../../src/ingest/errors.ts';

const scratch = scratchContent('refusals');
const ingest = (...args: string[]) => runIngest(scratch, ...args);

/** Every file under content/ with its hash: "left as it was" means this is equal. */
const snapshot = () => fileHashes(scratch.content);

/** A made-up page (invented names and facts), dated by metadata written beside it. */
const PAGE = '市图书馆推出寒假阅读季\n本报讯（通讯员 王晓晴）1月9日，市图书馆寒假阅读季活动启动，推出亲子共读、古籍展览等二十余项活动。\n';
function givePage(rel: string, text: string | Buffer = PAGE): string {
  const file = path.join(scratch.root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}
function metadata(text: string | Buffer) {
  fs.writeFileSync(path.join(scratch.content, 'sources/metadata.yaml'), text);
}

/** The refusal is one line naming the file, after the header; no stack trace; content/ as it was. */
function expectRefused(run: ReturnType<typeof ingest>, code: number, message: RegExp, before: Record<string, string>) {
  expect(run.code, run.err).toBe(code);
  expect(run.err).toMatch(message);
  expect(run.err).not.toMatch(/\n\s+at /);
  expect(run.err.trim().split('\n').length).toBeLessThanOrEqual(2);
  expect(snapshot()).toEqual(before);
}

describe('arguments', () => {
  it('a folder named x.txt', () => {
    fs.mkdirSync(path.join(scratch.root, 'x.txt'));
    const before = snapshot();
    expectRefused(ingest(path.join(scratch.root, 'x.txt')), 1, /x\.txt: 这是一个文件夹，不是版面文本文件.* — 请给出文件夹里的 \.txt 文件/, before);
  });

  it('several bad files given with a good one: each bad one named in the one refusal, not only the first', () => {
    const before = snapshot();
    const run = ingest(givePage('a-empty.txt', ''), givePage('b-picture.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])), givePage('2026-01-09_05.txt'));
    expect(run.code, run.err).toBe(1);
    expect(run.err).toMatch(/给出的文件中有 2 个不能导入/);
    // The summary line is no one file's: each is named on a line of its own.
    expect(run.err).not.toMatch(/\.txt: 给出的文件中有/);
    expect(run.err).toMatch(/a-empty\.txt: 文件是空的/);
    expect(run.err).toMatch(/b-picture\.txt: 这是 PNG 图片/);
    expect(run.err).not.toMatch(/\n\s+at /);
    expect(snapshot()).toEqual(before);
  });

  it('a re-read of content/sources/ with two bad sources: both named in the one refusal', () => {
    const sources = path.join(scratch.content, 'sources');
    const [first, second] = fs.readdirSync(sources).filter((f) => f.endsWith('.txt')).sort();
    const kept = [first, second].map((name) => fs.readFileSync(path.join(sources, name)));
    fs.writeFileSync(path.join(sources, first), '');
    fs.writeFileSync(path.join(sources, second), iconv.encode('榜样引领', 'utf-16le'));
    const before = snapshot();
    try {
      const run = ingest();
      expect(run.code, run.err).toBe(1);
      expect(run.err).toMatch(/来源文件中有 2 个不能导入/);
      expect(run.err).toContain(`${first}: 文件是空的`);
      expect(run.err).toContain(`${second}:`);
      // Files already in the tree: importing a page's text does not take them out, so each is advised out with --remove,
      // and all together in one run.
      expect(run.err).not.toContain('请导入该版面的纯文本');
      // The advised commands name the tree the run read (ARCHIVE_CONTENT_DIR=…), so pasted as printed they act on it.
      const command = `ARCHIVE_CONTENT_DIR=${shellWord(scratch.content)} npm run ingest`;
      expect(run.err).toContain(`它已在来源目录中：换成该版面的纯文本，或撤下它：${command} -- --remove `);
      expect(run.err).toContain(`要一次撤下它们：${command} -- --remove `);
      expect(run.err).toMatch(new RegExp(`要一次撤下它们：\\S+ npm run ingest -- --remove \\S*${first} --remove \\S*${second}`));
      expect(run.err).not.toMatch(/\n\s+at /);
      expect(snapshot()).toEqual(before);
    } finally {
      [first, second].forEach((name, i) => fs.writeFileSync(path.join(sources, name), kept[i]));
    }
  });

  it('an advised command is the plain npm run ingest for the archive’s own tree, and names another tree as the run was given it', () => {
    expect(ingestCommand({})).toBe('npm run ingest');
    expect(ingestCommand({ ARCHIVE_CONTENT_DIR: '/scratch/content' })).toBe('ARCHIVE_CONTENT_DIR=/scratch/content npm run ingest');
    expect(ingestCommand({ ARCHIVE_CONTENT_DIR: '/scratch/试 用/content' })).toBe("ARCHIVE_CONTENT_DIR='/scratch/试 用/content' npm run ingest");
  });

  it('a hidden file .hidden.txt', () => {
    const before = snapshot();
    expectRefused(ingest(givePage('.hidden.txt')), 1, /\.hidden\.txt: 文件名以“\.”开头，是隐藏文件/, before);
  });

  it('a page saved as .TXT: told to rename it, not to save it again as text it already is', () => {
    const before = snapshot();
    const run = ingest(givePage('今日/P2.TXT'));
    expectRefused(run, 1, /P2\.TXT: 扩展名须是小写的 \.txt.* — 请把文件改名为 P2\.txt 后再导入/, before);
    expect(run.err).not.toContain('另存为');
  });

  it('two files with the same base name', () => {
    metadata('dup.txt:\n  date: 2026-01-10\n  page: 1\n');
    const before = snapshot();
    const run = ingest(givePage('a/dup.txt'), givePage('b/dup.txt', PAGE.replace('二十余项', '三十余项')));
    expectRefused(run, 1, /b\/dup\.txt: 与 a\/dup\.txt 同名；content\/sources\/ 里只能有一个 dup\.txt/, before);
  });

  it('paths outside the working folder are all shown absolute, however they were typed', () => {
    metadata('dup.txt:\n  date: 2026-01-10\n  page: 1\n');
    const outside = fs.mkdtempSync(path.join(path.dirname(scratch.root), 'archive-outside-'));
    try {
      for (const dir of ['a', 'b']) {
        fs.mkdirSync(path.join(outside, dir));
        fs.writeFileSync(path.join(outside, dir, 'dup.txt'), PAGE);
      }
      const before = snapshot();
      // One typed absolute, one relative to where the command runs.
      const run = ingest(path.join(outside, 'a/dup.txt'), path.relative(scratch.root, path.join(outside, 'b/dup.txt')));
      expectRefused(run, 1, new RegExp(`^${outside}/b/dup\\.txt: 与 ${outside}/a/dup\\.txt 同名`, 'm'), before);
      expect(run.err).not.toContain('../');
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('the same file given twice is one file', () => {
    metadata('dup.txt:\n  date: 2026-01-10\n  page: 1\n');
    const page = givePage('a/dup.txt');
    const run = ingest(page, page);
    expect(run.code, run.err).toBe(0);
    expect(fs.readFileSync(path.join(scratch.content, 'sources/dup.txt'), 'utf8')).toBe(PAGE);
  });

  it.each([
    ['--forse', /不认识的选项“--forse”（Unknown option .--forse.），是不是 --force？/],
    ['--anything', /不认识的选项“--anything”/],
    ['-f', /不认识的选项“-f”/],
  ])('an unknown option %s is refused, not dropped', (option, message) => {
    const before = snapshot();
    const run = ingest(option);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
    expect(run.err).toContain('用法：npm run ingest');
    expect(run.out).toBe('');
    expect(snapshot()).toEqual(before);
  });

  it('--recover with anything else is a usage mistake', () => {
    const before = snapshot();
    const run = ingest('--recover', '--force');
    expect(run.code).toBe(2);
    expect(run.err).toContain('--recover 只恢复 content/');
    expect(snapshot()).toEqual(before);
  });

  it('a page whose date cannot be known, named with a space: the command advised quotes its path', () => {
    const before = snapshot();
    const run = ingest(givePage('今日/大同日报 第2版.txt'));
    expectRefused(run, 1, /无法可靠推断出版日期/, before);
    expect(run.err).toContain(`请给出日期：npm run ingest -- --date YYYY-MM-DD '${path.join('今日', '大同日报 第2版.txt')}'，`);
  });

  it('--remove of a file that is not a source, with the name meant', () => {
    const before = snapshot();
    const run = ingest('--remove', SEEDS[0].replace('.txt', '.tx'));
    expectRefused(run, 1, new RegExp(`--remove 给出的来源文件不在档案中.* — 是不是 ${SEEDS[0].replace('.', '\\.')}？`), before);
  });
});

describe('the ledger and the metadata', () => {
  it.each([
    ['not JSON', '{"articles": {', /ids\.json:1: 稿件号账本损坏：.*JSON.* — 请用 git checkout 或备份恢复这个文件；不要删除它/],
    ['a list for the articles', '{"articles": [], "retired": {}}', /ids\.json: 稿件号账本损坏：articles：/],
    ['an entry without its source', '{"articles": {"2025-12-28-01-01": {"key": "x", "lines": [1, 2]}}, "retired": {}}', /ids\.json: 稿件号账本损坏：articles\.2025-12-28-01-01\.source：/],
    ['an id in the wrong shape', '{"articles": {}, "retired": {"2025-12-28-1": null}}', /ids\.json: 稿件号账本损坏：retired/],
    ['null', 'null', /ids\.json: 稿件号账本损坏/],
  ])('a ledger that is %s is refused the way the manifest is', (_label, text, message) => {
    fs.writeFileSync(path.join(scratch.content, 'ids.json'), text);
    const before = snapshot();
    expectRefused(ingest(), 1, message, before);
  });

  it('metadata saved in GBK is decoded as sources are: the page name is right', () => {
    metadata(iconv.encode(`# 版名由编辑部提供\n${SEEDS[0]}:\n  date: 2025-12-28\n  page: 1\n  pageName: 要闻\n`, 'gbk'));
    const run = ingest();
    expect(run.code, run.err).toBe(0);
    const section = JSON.parse(fs.readFileSync(path.join(scratch.content, 'sections/2025/2025-12-28-01.json'), 'utf8'));
    expect(section.name).toBe('要闻');
  });

  it('metadata in UTF-16 with a BOM reads the same', () => {
    metadata(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(`${SEEDS[0]}:\n  pageName: 要闻\n`, 'utf16le')]));
    expect(ingest().code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(scratch.content, 'sections/2025/2025-12-28-01.json'), 'utf8')).name).toBe('要闻');
  });

  it('metadata in bytes that are no encoding is refused with its line', () => {
    metadata(Buffer.concat([Buffer.from(`${SEEDS[0]}:\n  pageName: `), Buffer.from([0xff, 0x80, 0xfe, 0x81]), Buffer.from('\n')]));
    const before = snapshot();
    expectRefused(ingest(), 1, /metadata\.yaml:2: 无法解码/, before);
  });

  it('metadata with NUL bytes or a control character is refused with advice for metadata.yaml, not for a page', () => {
    for (const bad of [Buffer.from([0x00, 0x00]), Buffer.from([0x07])]) {
      metadata(Buffer.concat([Buffer.from(`${SEEDS[0]}:\n  pageName: 要闻`), bad, Buffer.from('\n')]));
      const before = snapshot();
      const run = ingest();
      expectRefused(run, 1, /metadata\.yaml:2: .* — metadata\.yaml 须是 UTF-8 纯文本的 YAML（格式见 docs\/metadata\.md）/, before);
      expect(run.err).not.toContain('版面');
    }
  });

  it('a source deleted by hand is refused, naming --remove', () => {
    fs.rmSync(path.join(scratch.content, 'sources', SEEDS[2]));
    const before = snapshot();
    const run = ingest();
    const command = ingestCommand({ ARCHIVE_CONTENT_DIR: scratch.content }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expectRefused(run, 1, new RegExp(`${SEEDS[2].replace('.', '\\.')}: 来源文件不见了，但档案中还有它的 \\d+ 篇稿件.* — 若要撤下这一版，运行 ${command} -- --remove ${SEEDS[2].replace('.', '\\.')}`), before);
  });

  it('a page put into content/sources as .TXT is not passed over in silence (“没有变化”): told to rename it', () => {
    fs.writeFileSync(path.join(scratch.content, 'sources', '006_p2.TXT'), PAGE);
    const before = snapshot();
    expectRefused(ingest(), 1, /006_p2\.TXT: 扩展名须是小写的 \.txt.* — 请把文件改名为 006_p2\.txt 后再导入/, before);
  });

  it('an editor’s hidden leftovers in content/sources are not read as pages', () => {
    fs.writeFileSync(path.join(scratch.content, 'sources', `._${SEEDS[0]}`), Buffer.from([0x00, 0x05, 0x16, 0x07, 0x00, 0x02]));
    const run = ingest();
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('没有变化');
  });
});

describe('the ids of a page whose text is corrected', () => {
  it('a typo fixed in an article’s opening words keeps its id', () => {
    const file = path.join(scratch.content, 'sources', SEEDS[2]);
    const before = JSON.parse(fs.readFileSync(path.join(scratch.content, 'ids.json'), 'utf8'));
    fs.writeFileSync(file, seedText('002').replace('10月22日，全市经济运行分析会', '10月22日，全市经济运形分析会'));
    const run = ingest();
    expect(run.code, run.err).toBe(0);
    const after = JSON.parse(fs.readFileSync(path.join(scratch.content, 'ids.json'), 'utf8'));
    expect(Object.keys(after.articles)).toEqual(Object.keys(before.articles));
    expect(after.retired).toEqual(before.retired);
    expect(after.articles['2023-10-23-01-01'].key).toContain('运形');
    expect(fs.readFileSync(path.join(scratch.content, 'articles/2023/2023-10-23/01-01.md'), 'utf8')).toContain('全市经济运形分析会');
  });
});
