/**
 * `npm run ingest` as staff give dates and pages: --date, --page, dated file names, unknown
 * options; and pages dated by their masthead or refused for weak evidence. Each runs the real
 * script on a scratch copy of the content tree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchContent, runIngest, fileHashes } from '../helpers/scratch-content.ts';
import { seedText } from '../helpers/seeds.ts';

const scratch = scratchContent('cli');
const ingest = (...args: string[]) => runIngest(scratch, ...args);

/** Every file under content/ with its hash: "left as it was" means this is equal. */
const snapshot = () => fileHashes(scratch.content);

/** A page of a day the archive does not have: seed 003's text, its news moved to 29 November 2026. */
function page(name: string, text = seedText('003').replaceAll('1月7日', '11月29日').replaceAll('6日', '29日')): string {
  const file = path.join(scratch.root, name);
  fs.writeFileSync(file, text);
  return file;
}
const json = (rel: string) => JSON.parse(fs.readFileSync(path.join(scratch.content, rel), 'utf8'));
const metadata = () => fs.readFileSync(path.join(scratch.content, 'sources/metadata.yaml'), 'utf8');

describe('options', () => {
  it.each([['--forse'], ['--date'], ['-f'], ['--force=yes'], ['--page', '3', '--bogus', 'x.txt']])('%s is refused in one line, before anything is read', (...args) => {
    const before = snapshot();
    const run = ingest(...args);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(run.err).toContain('没有导入任何文件');
    expect(snapshot()).toEqual(before);
  });

  it('names the option meant', () => {
    expect(ingest('--forse').err).toMatch(/不认识的选项“--forse”.*是不是 --force/);
  });

  it('a name whose date is written another way (2026.11.30_03.txt) gives its date and page; --page overrides a part that only looks like a page', () => {
    const text = '市图书馆新增自助借还机\n\n本报讯 市图书馆新增十台自助借还机，读者办理借还手续更方便了。\n';
    const run = ingest(page('2026.11.30_03.txt', text));
    expect(run.err).toBe('');
    expect(json('sections/2026/2026-11-30-03.json')).toMatchObject({ source: '2026.11.30_03.txt' });
    const refused = ingest(page('2026-11-30_p4.txt', text.replace('十台', '八台')));
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('或用 --page 3 给出');
    const given = ingest('--page', '4', page('2026-11-30_p4.txt', text.replace('十台', '八台')));
    expect(given.err).toBe('');
    expect(json('sections/2026/2026-11-30-04.json')).toMatchObject({ source: '2026-11-30_p4.txt' });
  });

  it('an option given two different values is refused, never taken from the last', () => {
    const before = snapshot();
    const run = ingest('--date', '2026-11-30', '--date', '2026-11-29', page('005_new.txt'));
    expect(run.code).toBe(2);
    expect(run.err).toContain('选项 --date 给了两次（“2026-11-30”和“2026-11-29”），请只写一次');
    expect(run.err).toContain('没有导入任何文件');
    expect(snapshot()).toEqual(before);
    // The same value twice does no harm.
    expect(ingest('--date', '2026-11-30', '--page', '3', '--page', '3', page('005_new.txt')).code).toBe(0);
  });
});

describe('--date and --page', () => {
  it('date and page the file given, record them in metadata.yaml, and later re-ingests keep them', () => {
    const run = ingest('--date', '2026-11-30', '--page', '3', page('005_new.txt'));
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(json('issues/2026/2026-11-30.json')).toMatchObject({ date: '2026-11-30', dateSource: 'metadata', pages: [3], dateEvidence: [] });
    expect(json('sections/2026/2026-11-30-03.json')).toMatchObject({ pageSource: 'metadata', source: '005_new.txt' });
    expect(metadata()).toMatch(/005_new\.txt:\n {2}date: 2026-11-30\n {2}page: 3\n/);
    const after = snapshot();
    const again = ingest();
    expect(again.code).toBe(0);
    expect(again.out).toContain('没有变化');
    expect(snapshot()).toEqual(after);
  });

  it('--date applies to every file given, and joins what metadata.yaml already says', () => {
    fs.writeFileSync(path.join(scratch.content, 'sources/metadata.yaml'), '# 已登记的版次\n006_b.txt:\n  page: 2\n');
    const run = ingest('--date', '2026-11-30', page('005_a.txt'), page('006_b.txt'));
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(json('issues/2026/2026-11-30.json')).toMatchObject({ pages: [1, 2], sources: ['005_a.txt', '006_b.txt'] });
    expect(metadata()).toMatch(/^# 已登记的版次\n006_b\.txt:\n {2}page: 2\n {2}date: 2026-11-30\n\n005_a\.txt:\n {2}date: 2026-11-30\n$/);
  });

  it('--page with two files is refused as a usage mistake (exit 2, one line), copying nothing', () => {
    const before = snapshot();
    const run = ingest('--date', '2026-11-30', '--page', '3', page('a.txt'), page('b.txt'));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--page: .*只能用于一个文件/);
    expect(snapshot()).toEqual(before);
  });

  it.each([
    [['--date', '2026-11-31', 'a.txt'], /^--date: 日期 2026-11-31 不存在/],
    [['--date', '2026-13-01', 'a.txt'], /^--date: .*2026-13-01/],
    [['--page', '3'], /^--page: 只用于命令行上给出的文件，这里没有给出文件/],
    [['--date', '2026-11-30'], /^--date: 只用于命令行上给出的文件/],
    [['--page', '0', 'a.txt'], /^--page: 版次须为 1 到 99 的整数/],
  ])('%j is a usage mistake: one line, exit 2, copying nothing', (args, said) => {
    const before = snapshot();
    if (args.includes('a.txt')) page('a.txt');
    const run = ingest(...args.map((a) => (a === 'a.txt' ? path.join(scratch.root, 'a.txt') : a)));
    expect(run.code, run.err).toBe(2);
    expect(run.err).toMatch(said);
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(run.err).toContain('没有导入任何文件');
    expect(snapshot()).toEqual(before);
  });
});

describe('a file given for a page the archive has', () => {
  /** metadata.yaml of 12 lines: the page p1.txt at line 3, another entry below it. */
  const METADATA = '# 2026年11月30日\n\np1.txt:\n  date: 2026-11-30\n  page: 1\n  pageName: 要闻\n\n# 其他\n\nq.txt:\n  date: 2026-11-30\n  page: 2\n';
  const setUp = () => {
    fs.writeFileSync(path.join(scratch.content, 'sources/metadata.yaml'), METADATA);
    expect(ingest(page('p1.txt'), page('q.txt')).code).toBe(0);
  };

  it('is refused naming the entry’s line for one and the command line for the other; the replace: true it advises then works', () => {
    setUp();
    const late = page('late.txt', seedText('003').replaceAll('1月7日', '11月29日').replaceAll('6日', '29日').replace('。', '，'));
    const before = snapshot();
    const run = ingest('--date', '2026-11-30', '--page', '1', late);
    expect(run.code).toBe(1);
    expect(run.err).toContain('content/sources/metadata.yaml:3: 2026-11-30 第1版 出现了两次：“p1.txt”（第 3 行）和命令行 --date 2026-11-30 --page 1 给出的“late.txt”（same page twice）');
    expect(run.err).toContain('在这个文件里为它写一项 replace: true');
    expect(snapshot()).toEqual(before);

    fs.appendFileSync(path.join(scratch.content, 'sources/metadata.yaml'), '\nlate.txt:\n  replace: true\n');
    const again = ingest('--date', '2026-11-30', '--page', '1', late);
    expect(again.err).toBe('');
    expect(again.code).toBe(0);
    expect(json('sections/2026/2026-11-30-01.json')).toMatchObject({ source: 'late.txt', replaces: ['p1.txt'] });
    expect(ingest().out).toContain('没有变化');
  });

  it('dated by their names, the file given now is the one named and advised on, whichever sorts first', () => {
    expect(ingest(page('2026-11-30_02.txt')).code).toBe(0);
    const before = snapshot();
    // 2026-11-30-02-要闻.txt sorts before 2026-11-30_02.txt ('-' before '_'): the archive's file was named first.
    const run = ingest(page('2026-11-30-02-要闻.txt', seedText('003').replaceAll('1月7日', '11月29日').replace('。', '，')));
    expect(run.code).toBe(1);
    expect(run.err).toContain('2026-11-30-02-要闻.txt: 与 2026-11-30_02.txt 是同一期同一版（2026-11-30 第2版）');
    expect(run.err).toContain('若 2026-11-30-02-要闻.txt 是更好的文本');
    expect(snapshot()).toEqual(before);
  });

  it('a better text replacing a page keeps the page’s name when its own file name gives none', () => {
    expect(ingest(page('2026-11-30-02-要闻.txt')).code).toBe(0);
    fs.appendFileSync(path.join(scratch.content, 'sources/metadata.yaml'), '\n2026-11-30_02.txt:\n  replace: true\n');
    const run = ingest(page('2026-11-30_02.txt', seedText('003').replaceAll('1月7日', '11月29日').replace('。', '，')));
    expect(run.err).toBe('');
    expect(json('sections/2026/2026-11-30-02.json')).toMatchObject({ source: '2026-11-30_02.txt', replaces: ['2026-11-30-02-要闻.txt'], name: '要闻' });
  });

  it('names the lines as they are on disk when the flags write lines into metadata.yaml above them', () => {
    fs.writeFileSync(path.join(scratch.content, 'sources/metadata.yaml'), 'late.txt:\n  pageName: 要闻\n\nq.txt:\n  date: 2026-11-30\n  page: 0\n');
    fs.writeFileSync(path.join(scratch.content, 'sources/q.txt'), seedText('003'));
    const run = ingest('--date', '2026-11-30', '--page', '2', page('late.txt'));
    expect(run.code).toBe(1);
    expect(run.err).toContain('content/sources/metadata.yaml:6: 版次 page 须为 1 到 99 的整数');
  });

  it('an impossible date in its name is reported first', () => {
    setUp();
    const run = ingest('--date', '2026-11-30', '--page', '1', page('2026-02-30_01.txt'));
    expect(run.code).toBe(1);
    expect(run.err).toContain('2026-02-30_01.txt: 文件名中的日期 2026-02-30 不存在');
  });
});

describe('dated file names', () => {
  it('give the date, page and page name', () => {
    const run = ingest(page('2026-11-30-03-城市.txt'));
    expect(run.err).toBe('');
    expect(json('issues/2026/2026-11-30.json')).toMatchObject({ dateSource: 'metadata', pages: [3] });
    expect(json('sections/2026/2026-11-30-03.json')).toMatchObject({ name: '城市', pageSource: 'metadata' });
    expect(fs.existsSync(path.join(scratch.content, 'sources/metadata.yaml'))).toBe(false);
  });

  it('disagreeing with a flag or with metadata.yaml are refused, naming both', () => {
    const file = page('20261130-03.txt');
    const before = snapshot();
    expect(ingest('--page', '4', file).err).toMatch(/20261130-03\.txt: 文件名写的版次是 3，命令行 --page 给的是 4/);
    fs.writeFileSync(path.join(scratch.content, 'sources/metadata.yaml'), '20261130-03.txt:\n  date: 2026-11-29\n');
    const withMetadata = snapshot();
    const run = ingest(file);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/文件名写的日期是 2026-11-30，content\/sources\/metadata\.yaml 给的是 2026-11-29/);
    expect(snapshot()).toEqual(withMetadata);
    expect(withMetadata).toEqual({ ...before, 'sources/metadata.yaml': expect.any(String) }); // the refused runs copied nothing
  });
});

describe('dates read from the page', () => {
  it('a masthead gives the date itself', () => {
    const run = ingest(page('005_new.txt', `大同日报\n2026年11月30日 星期一\n${seedText('003').replaceAll('1月7日', '11月29日').replaceAll('6日', '29日')}`));
    expect(run.err).toBe('');
    expect(json('issues/2026/2026-11-30.json')).toMatchObject({ dateSource: 'masthead', dateEvidence: [{ line: 2, text: '2026年11月30日 星期一', source: '005_new.txt' }] });
  });

  it('a masthead whose weekday is wrong is refused with its line', () => {
    const before = snapshot();
    const run = ingest(page('005_new.txt', `大同日报\n2026年11月30日 星期二\n${seedText('003')}`));
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/005_new\.txt:2: 报头日期 2026-11-30 是星期一，报头却印着星期二/);
    expect(snapshot()).toEqual(before);
  });

  it('a page whose news names the day but no year joins the issue of that day already in the archive', () => {
    const text = '冬季供暖运行平稳\n\n本报讯（记者 林晓）12月27日，市供热公司召开调度会。\n\n本报讯（记者 高原）12月27日，云河新区完成管网巡检。\n';
    const run = ingest('--page', '2', page('005_heat.txt', text));
    expect(run.err).toBe('');
    expect(json('issues/2025/2025-12-28.json')).toMatchObject({ pages: [1, 2], dateSource: 'inferred' });
    expect(run.out).toMatch(/005_heat\.txt {2}2025-12-28 第2版/);
  });

  it('weak evidence is refused with the file, the line and how to give the date; --date then takes it', () => {
    const weak = '市区供暖全面启动\n\n本报讯（记者 林晓）11月15日，市区集中供暖全面启动。2024年、2025年全市新增供暖面积连年增长。\n';
    const file = page('005_weak.txt', weak);
    const before = snapshot();
    const run = ingest(file);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/005_weak\.txt:3: 无法可靠推断出版日期.*只有 1 处报道.*第 3 行“11月15日”.*--date YYYY-MM-DD 005_weak\.txt/);
    expect(snapshot()).toEqual(before);
    const given = ingest('--date', '2025-11-16', file);
    expect(given.err).toBe('');
    expect(json('issues/2025/2025-11-16.json')).toMatchObject({ dateSource: 'metadata' });
  });
});

describe('the report names what a person should check', () => {
  const FIRST = '城东社区走访独居老人\n本报讯（记者 周明远）近日，城东社区组织志愿者走访辖区独居老人，为他们送去米面油等生活用品，并帮助检查用电安全。\n';
  const SECOND = '市图书馆推出寒假阅读季\n本报讯（通讯员 王晓晴）11月29日，市图书馆寒假阅读季活动启动，推出亲子共读、古籍展览等二十余项活动。\n';

  it('an id a re-read no longer gives is named as retired, with where its URL leads', () => {
    expect(ingest('--date', '2026-11-30', '--page', '1', page('005_a.txt', FIRST + SECOND)).code).toBe(0);
    const ids = Object.keys(json('ids.json').articles).filter((id) => id.startsWith('2026-11-30-01-')).sort();
    expect(ids).toHaveLength(2);
    // The source is corrected: the second piece was never on this page.
    const run = ingest(page('005_a.txt', FIRST));
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain(`停用稿件号 ${ids[1]}：这次读出的稿件里没有它了（retired），没有接替它的稿件，其网址显示“已停用”；稿件号不会再给别的稿件`);
    expect(run.out).not.toContain(`停用稿件号 ${ids[0]}`);
    expect(json('ids.json').retired).toEqual({ [ids[1]]: null });
  });

  it('… and, when its text went into another piece, the id its URL now leads to', () => {
    expect(ingest('--date', '2026-11-30', '--page', '1', page('005_a.txt', FIRST + SECOND)).code).toBe(0);
    const ids = Object.keys(json('ids.json').articles).filter((id) => id.startsWith('2026-11-30-01-')).sort();
    // The second headline and dateline were a misprint: the text under them belongs to the first piece.
    const run = ingest(page('005_a.txt', FIRST + SECOND.split('\n')[1].replace('本报讯（通讯员 王晓晴）', '') + '\n'));
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain(`停用稿件号 ${ids[1]}：这次读出的稿件里没有它了（retired），其网址转到接替它的稿件 ${ids[0]}`);
  });

  it('a piece with neither headline nor dateline is listed by its opening words', () => {
    const run = ingest('--date', '2026-11-30', '--page', '1', page('005_a.txt', `近日，城东社区组织志愿者走访辖区独居老人，为他们送去米面油等生活用品。\n\n${SECOND}`));
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/无标题：2026-11-30-01-01「近日，城东社区组织志愿者走访辖区独居老人…」（第 1 行起）/);
    expect(run.out).not.toContain('「」');
  });
});
