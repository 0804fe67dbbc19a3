/** What staff give besides the text: file names, --date and --page, and how they are kept in metadata.yaml. */
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { fileNameMeta, flagMeta, mergeGiven, metadataWithFlags } from '../../src/ingest/given.ts';
import { parseMetadata } from '../../src/ingest/metadata.ts';

const TODAY = '2026-12-01';

function refusal(run: () => unknown): IngestError {
  try {
    run();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('a file name can carry the date, the page and its name', () => {
  it.each([
    ['2026-11-30_03.txt', { date: '2026-11-30', page: 3 }],
    ['20261130-03.txt', { date: '2026-11-30', page: 3 }],
    ['2026-11-30-03-要闻.txt', { date: '2026-11-30', page: 3, pageName: '要闻' }],
    ['20261130_12_城市观察.txt', { date: '2026-11-30', page: 12, pageName: '城市观察' }],
    ['2026-11-30.txt', { date: '2026-11-30' }],
    ['dtrb-20251228-01.txt', { date: '2025-12-28', page: 1 }],
    // The page as staff write it.
    ['2026-11-30_第3版.txt', { date: '2026-11-30', page: 3 }],
    ['2026-11-30_2版.txt', { date: '2026-11-30', page: 2 }],
    ['20261130_003.txt', { date: '2026-11-30', page: 3 }],
    ['2026-11-30_第十二版.txt', { date: '2026-11-30', page: 12 }],
    ['2026-11-30 第12版 经济.txt', { date: '2026-11-30', page: 12, pageName: '经济' }],
    // A name opening with a numeral is a name: 一周要闻.
    ['2026-11-30_一周要闻.txt', { date: '2026-11-30', pageName: '一周要闻' }],
    // A date written another way.
    ['2026.11.30_03.txt', { date: '2026-11-30', page: 3 }],
    ['2026-1-30_03.txt', { date: '2026-01-30', page: 3 }],
    ['2026年11月30日第3版.txt', { date: '2026-11-30', page: 3 }],
  ])('%s', (name, meta) => {
    expect(fileNameMeta(name, `sources/${name}`, TODAY)).toEqual(meta);
  });

  it.each(['000_a25d01534798cd06.txt', '005_new.txt', '要闻.txt', '202611-30.txt'])('%s carries none', (name) => {
    expect(fileNameMeta(name, name, TODAY)).toEqual({});
  });

  it.each([
    ['2026-02-30_01.txt', /文件名中的日期 2026-02-30 不存在/],
    ['2026-12-05_01.txt', /文件名中的日期 2026-12-05 在未来/],
    ['2026-11-30_00.txt', /文件名中的版次 00 不是 1 到 99/],
    ['2026-11-30_100.txt', /文件名中的版次 100 不是 1 到 99/],
    // A page the name holds in a form not read is never left for 第1版 to be inferred.
    ['2026-11-30_第3-4版.txt', /像是版次，但读不出是第几版/],
    ['2026-11-30_p3.txt', /像是版次，但读不出是第几版/],
  ])('%s is refused, naming the file', (name, message) => {
    const error = refusal(() => fileNameMeta(name, `incoming/${name}`, TODAY));
    expect(error.file).toBe(`incoming/${name}`);
    expect(error.message).toMatch(message);
  });
});

describe('a page given with --page', () => {
  it('leaves aside a part of the name that only looks like a page', () => {
    expect(fileNameMeta('2026-11-30_p3.txt', 'x', TODAY, { pageGiven: true })).toEqual({ date: '2026-11-30' });
  });
});

describe('--date and --page', () => {
  it('give the date to every file and the page to the one file', () => {
    expect(flagMeta({ date: '2026-11-30' }, ['a.txt', 'b.txt'], TODAY)).toEqual({ date: '2026-11-30' });
    expect(flagMeta({ date: '2026-11-30', page: '3' }, ['a.txt'], TODAY)).toEqual({ date: '2026-11-30', page: 3 });
    expect(flagMeta({}, [], TODAY)).toEqual({});
  });

  it('a badly written --date is shown how to write it, or the option’s own form as its example', () => {
    expect(refusal(() => flagMeta({ date: '2026/11/30' }, ['a.txt'], TODAY)).hint).toBe('应写 --date 2026-11-30');
    expect(refusal(() => flagMeta({ date: '2026-11-3' }, ['a.txt'], TODAY)).hint).toBe('应写 --date 2026-11-03');
    expect(refusal(() => flagMeta({ date: '11/30' }, ['a.txt'], TODAY)).hint).toBe('例如 --date 2025-12-28');
    // A date written right that does not exist is told so, not how to write it.
    expect(refusal(() => flagMeta({ date: '2026-11-31' }, ['a.txt'], TODAY)).hint).not.toContain('应写');
  });

  it.each([
    [{ date: '2026-11-30' }, [], '--date', /没有给出文件/],
    // The date left out, the file is taken for it: said so, not that no file was given.
    [{ date: '/tmp/2026-11-30_03.txt' }, [], '--date', /后面应是日期，这里是文件/],
    [{ page: 'a.txt' }, [], '--page', /后面应是版次，这里是文件/],
    [{ page: '3' }, ['a.txt', 'b.txt'], '--page', /只能用于一个文件/],
    [{ page: '第三版' }, ['a.txt'], '--page', /1 到 99 的整数/],
    [{ page: '0' }, ['a.txt'], '--page', /1 到 99 的整数/],
    [{ date: '2026/11/30' }, ['a.txt'], '--date', /YYYY-MM-DD/],
    [{ date: '2026-11-31' }, ['a.txt'], '--date', /不存在/],
    [{ date: '2027-01-01' }, ['a.txt'], '--date', /在未来/],
  ])('refuse %o with %o', (flags, files, flag, message) => {
    const error = refusal(() => flagMeta(flags, files, TODAY));
    expect(error.file).toBe(flag);
    expect(error.message).toMatch(message);
  });
});

describe('the file name and metadata.yaml or a flag must agree', () => {
  const named = fileNameMeta('2026-11-30_03.txt', 'x', TODAY);

  it('agreeing, or saying different things, they are merged', () => {
    expect(mergeGiven('2026-11-30_03.txt', 'x', { date: '2026-11-30', pageName: '要闻' }, named, {})).toEqual({ date: '2026-11-30', page: 3, pageName: '要闻' });
  });

  it('disagreeing, the ingest refuses and says which two', () => {
    expect(refusal(() => mergeGiven('2026-11-30_03.txt', 'sources/2026-11-30_03.txt', { page: 4 }, named, {})).format()).toMatch(
      /^sources\/2026-11-30_03\.txt: 文件名写的版次是 3，content\/sources\/metadata\.yaml 给的是 4/,
    );
    expect(refusal(() => mergeGiven('2026-11-30_03.txt', 'x', { date: '2026-11-29' }, named, { date: '2026-11-29' })).message).toMatch(/命令行 --date 给的是 2026-11-29/);
  });
});

describe('flags are written into metadata.yaml', () => {
  const before = ['# 十一月的版面', '', '000_a.txt:', '  date: 2026-11-29 # 编辑核对过', '  page: 1', '', '001_b.txt:', '  pageName: 要闻', ''].join('\n');

  it('adding and updating entries, keeping comments and the other entries', () => {
    const after = metadataWithFlags(metadataWithFlags(before, ['001_b.txt'], { date: '2026-11-30', page: 3 }), ['002_c.txt'], { date: '2026-11-30', page: 4 });
    expect(after).toContain('# 十一月的版面');
    expect(after).toContain('date: 2026-11-29 # 编辑核对过');
    const meta = parseMetadata(after, 'metadata.yaml', { today: TODAY });
    expect(Object.fromEntries(meta)).toEqual({
      '000_a.txt': { date: '2026-11-29', page: 1 },
      '001_b.txt': { pageName: '要闻', date: '2026-11-30', page: 3 },
      '002_c.txt': { date: '2026-11-30', page: 4 },
    });
  });

  it('changing a date in place keeps the comment after it', () => {
    const after = metadataWithFlags(before, ['000_a.txt'], { date: '2026-11-28' });
    expect(after).toContain('date: 2026-11-28 # 编辑核对过');
    expect(metadataWithFlags(before, ['000_a.txt'], { date: '2026-11-29' })).toBe(before);
  });

  it('creating the file when there is none', () => {
    const text = metadataWithFlags(null, ['a.txt'], { date: '2026-11-30' });
    expect(Object.fromEntries(parseMetadata(text, 'metadata.yaml', { today: TODAY }))).toEqual({ 'a.txt': { date: '2026-11-30' } });
    expect(text).toMatch(/^# /);
  });
});
