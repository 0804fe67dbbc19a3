/**
 * The ingest command as staff run it: on a scratch copy of the real content tree, through
 * `node scripts/ingest.ts`, checking exit codes, messages and that content/ is left as it was.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/ingest/decode.ts';
import { emptyLedger } from '../../src/ingest/ids.ts';
import { runPipeline } from '../../src/ingest/pipeline.ts';
import { scratchContent, runIngest, fileHashes } from '../helpers/scratch-content.ts';
import { SEEDS, seedText } from '../helpers/seeds.ts';

const scratch = scratchContent('run');
const ingest = (...args: string[]) => runIngest(scratch, ...args);

/** Every file under content/ with its hash: "left as it was" means this is equal. */
const snapshot = () => fileHashes(scratch.content);

describe('re-ingest', () => {
  it('of the committed archive changes nothing, twice', () => {
    const before = snapshot();
    for (let i = 0; i < 2; i++) {
      const run = ingest();
      expect(run.code).toBe(0);
      expect(run.out).toContain('没有变化');
    }
    expect(snapshot()).toEqual(before);
  });

  it('keeps a hand edit and says so; --force overwrites it', () => {
    const file = path.join(scratch.content, 'articles/2022/2022-01-19/01-03.md');
    const edited = fs.readFileSync(file, 'utf8').replace('headline: "温暖送给环卫工"', 'headline: "温暖送给环卫工们"');
    fs.writeFileSync(file, edited);
    const run = ingest();
    expect(run.code).toBe(0);
    expect(run.out).toContain('01-03.md: 有人手工修改过');
    expect(fs.readFileSync(file, 'utf8')).toBe(edited);
    expect(ingest('--force').code).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toContain('headline: "温暖送给环卫工"');
  });

  it('adds a new page given on the command line, copying it into sources', () => {
    const page = path.join(scratch.root, '005_new.txt');
    fs.writeFileSync(page, seedText('003').replaceAll('1月7日', '1月9日'));
    fs.writeFileSync(path.join(scratch.content, 'sources/metadata.yaml'), '005_new.txt:\n  date: 2026-01-10\n  page: 2\n  pageName: 要闻\n');
    const run = ingest(page);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(fs.existsSync(path.join(scratch.content, 'sources/005_new.txt'))).toBe(true);
    const issue = JSON.parse(fs.readFileSync(path.join(scratch.content, 'issues/2026/2026-01-10.json'), 'utf8'));
    expect(issue).toMatchObject({ date: '2026-01-10', dateSource: 'metadata', pages: [2] });
    // Only the new page's issue was read again; the rest of the archive is as it was.
    expect(run.out).toContain('005_new.txt');
    expect(run.out).not.toContain(SEEDS[0]);
    expect(ingest().out).toContain('没有变化');
  });
});

describe('bad input is refused, naming the file, leaving content/ as it was', () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ['an empty file', () => write('005_empty.txt', ''), /005_empty\.txt/],
    ['a blank file', () => write('005_blank.txt', '\n\u3000\u3000\n  \n'), /005_blank\.txt/],
    ['a binary file', () => write('005_binary.txt', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x7f, 0x00])), /005_binary\.txt/],
    ['a PNG image', () => write('005_image.txt', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')), /005_image\.txt.*PNG/],
    ['undecodable bytes', () => write('005_bad.txt', Buffer.concat([Buffer.from('本报讯（记者 陈杰）12月27日，'), Buffer.from([0xff, 0xfe, 0x80, 0x81]), Buffer.from('第二行\n')])), /005_bad\.txt/],
    ['a page over the size limit', () => write('005_huge.txt', Buffer.alloc(3 * 1024 * 1024, '大同日报。\n')), /005_huge\.txt/],
    ['a page with no date anywhere', () => write('005_nodate.txt', '大同冰雪季系列活动启动\n\n本报讯（记者 郑苗苗）随着市长的宣布，活动启动。\n'), /005_nodate\.txt.*日期/],
  ];
  function write(name: string, data: string | Buffer) {
    fs.writeFileSync(path.join(scratch.content, 'sources', name), data);
    return name;
  }

  it.each(cases)('%s', (_label, make, message) => {
    make();
    const before = snapshot();
    const run = ingest();
    expect(run.code).not.toBe(0);
    expect(run.err).toMatch(message);
    expect(run.err).toContain('content/ 未作任何改动');
    expect(run.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(snapshot()).toEqual(before);
  });

  it('names the tree it left untouched as ARCHIVE_CONTENT_DIR gave it, when that is not ./content', () => {
    const before = snapshot();
    write('005_empty.txt', '');
    // Run from the project's folder: the scratch tree lies outside it, so it is named by its full path.
    const run = spawnSync(process.execPath, [path.resolve('scripts/ingest.ts')], {
      cwd: process.cwd(),
      env: { ...process.env, ARCHIVE_CONTENT_DIR: scratch.content },
      encoding: 'utf8',
    });
    fs.rmSync(path.join(scratch.content, 'sources', '005_empty.txt'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`导入未完成，${scratch.content}/ 未作任何改动。`);
    expect(snapshot()).toEqual(before);
  });

  it('malformed metadata names the file and line', () => {
    fs.writeFileSync(path.join(scratch.content, 'sources/metadata.yaml'), `${SEEDS[0]}:\n  date: 2025-02-30\n`);
    const before = snapshot();
    const run = ingest();
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/metadata\.yaml:2: .*2025-02-30/);
    expect(snapshot()).toEqual(before);
  });

  it('metadata with an unknown key names the file, line and the key meant', () => {
    fs.writeFileSync(path.join(scratch.content, 'sources/metadata.yaml'), `${SEEDS[0]}:\n  date: 2025-12-28\n  pagename: 要闻\n`);
    const before = snapshot();
    const run = ingest();
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/metadata\.yaml:3: .*pagename.*pageName/s);
    expect(snapshot()).toEqual(before);
  });

  it('metadata that moves a page onto another issue’s page is refused with both names', () => {
    fs.writeFileSync(path.join(scratch.content, 'sources/metadata.yaml'), `${SEEDS[1]}:\n  date: 2025-12-28\n  page: 1\n`);
    const before = snapshot();
    const run = ingest();
    expect(run.code).toBe(1);
    expect(run.err).toContain(SEEDS[0]);
    expect(run.err).toContain(SEEDS[1]);
    expect(snapshot()).toEqual(before);
  });

  it('two files for the same date and page are refused with both names', () => {
    fs.writeFileSync(path.join(scratch.content, 'sources/005_copy.txt'), seedText('000').replace('选树培育', '选树 培育'));
    const before = snapshot();
    const run = ingest();
    expect(run.code).toBe(1);
    expect(run.err).toContain('005_copy.txt');
    expect(run.err).toContain(SEEDS[0]);
    expect(snapshot()).toEqual(before);
  });
});

describe('encodings and layouts read the same', () => {
  const plain = runPipeline(SEEDS.map((name) => ({ name, displayPath: name, text: seedText(name.slice(0, 3)), meta: {} })), emptyLedger()).files;
  const variants: Array<[string, (text: string) => Buffer]> = [
    ['GB18030', (t) => iconv.encode(t, 'gb18030')],
    ['UTF-16LE with BOM', (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(t, 'utf16le')])],
    ['UTF-16BE with BOM', (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(t, 'utf16be')])],
    ['UTF-8 with BOM and CRLF', (t) => Buffer.from(`\ufeff${t.replace(/\n/g, '\r\n')}`)],
  ];
  it.each(variants)('%s gives the same entries as plain UTF-8', (_label, encode) => {
    const sources = SEEDS.map((name) => ({ name, displayPath: name, text: decodeSource(encode(seedText(name.slice(0, 3))), name), meta: {} }));
    expect(runPipeline(sources, emptyLedger()).files).toEqual(plain);
  });

  it('one paragraph per line, full-width indents and no # marks give the same entries', () => {
    const relaid = (t: string) =>
      t
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => `\u3000\u3000${l.replace(/^#+\s*/, '')}`)
        .join('\n');
    const sources = SEEDS.map((name) => ({ name, displayPath: name, text: relaid(seedText(name.slice(0, 3))), meta: {} }));
    const entries = runPipeline(sources, emptyLedger()).entries;
    const original = runPipeline(SEEDS.map((name) => ({ name, displayPath: name, text: seedText(name.slice(0, 3)), meta: {} })), emptyLedger()).entries;
    // Line numbers differ (the blank lines are gone); everything else must be the same.
    const withoutLines = (e: unknown) => JSON.stringify(e, (key, value) => (['source', 'line', 'sameAsLine', 'lines', 'ledger'].includes(key) ? undefined : value));
    expect(withoutLines(entries)).toBe(withoutLines(original));
    expect(entries.articles.length).toBeGreaterThan(30);
  });
});

describe('a page fed in again as another page', () => {
  it('is ingested, and its report asks whether an archived page was given again, naming it and how to take it out', () => {
    const page = path.join(scratch.root, '2026-02-12_04.txt');
    fs.writeFileSync(page, seedText('000'));
    const run = ingest(page);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/这一版开头够长、可以比对的 \d+ 篇稿件中有 \d+ 篇与已存档的 2025-12-28 第1版（000_[0-9a-f]+\.txt）的稿件开头相同/);
    expect(run.out).toContain('npm run ingest -- --remove 2026-02-12_04.txt');
    expect(ingest('--remove', '2026-02-12_04.txt').code).toBe(0);
  });
});
