import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { parseMetadata, type MetadataOptions } from '../../src/ingest/metadata.ts';
import { SEEDS } from '../helpers/seeds.ts';

const FILE = 'content/sources/metadata.yaml';
const SOURCES = SEEDS;
const TODAY = '2026-01-10';

function refusal(text: string, options: MetadataOptions = {}): IngestError {
  try {
    parseMetadata(text, FILE, { today: TODAY, ...options });
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).file).toBe(FILE);
    return error as IngestError;
  }
  throw new Error('parseMetadata accepted metadata it should refuse');
}

describe('parseMetadata', () => {
  it('reads the example of docs/metadata.md', () => {
    const doc = readFileSync('docs/metadata.md', 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(doc)![1];
    const meta = parseMetadata(example, FILE, { sourceNames: SOURCES, today: TODAY });
    expect(meta.get('000_a25d01534798cd06.txt')).toEqual({ date: '2025-12-28', page: 1, pageName: '要闻' });
    expect(meta.size).toBeGreaterThanOrEqual(2);
  });

  it('reads every field, and keeps the file order', () => {
    const meta = parseMetadata(
      [
        '# 2025年12月28日 第一版',
        '000_a25d01534798cd06.txt:',
        '  date: 2025-12-28',
        '  page: 1',
        '  pageName: 要闻',
        "001_f54fbac05c86dd26.txt: { date: '2025-12-29', page: 2, replace: true }",
        '002_36430474e24a552b.txt:',
        '  pageName: "  综合新闻 "',
      ].join('\n'),
      FILE,
      { sourceNames: SOURCES, today: TODAY },
    );
    expect([...meta.entries()]).toEqual([
      ['000_a25d01534798cd06.txt', { date: '2025-12-28', page: 1, pageName: '要闻' }],
      ['001_f54fbac05c86dd26.txt', { date: '2025-12-29', page: 2, replace: true }],
      ['002_36430474e24a552b.txt', { pageName: '综合新闻' }],
    ]);
  });

  it('accepts an empty file or one of comments only', () => {
    expect(parseMetadata('', FILE).size).toBe(0);
    expect(parseMetadata('# 还没有元数据\n', FILE).size).toBe(0);
  });

  it('refuses a YAML syntax error with its line', () => {
    const e = refusal('000_a25d01534798cd06.txt:\n  date: 2025-12-28\n  page: [1\n001_f54fbac05c86dd26.txt:\n  page: 2\n');
    expect(e.message).toContain('YAML');
    expect(e.line).toBeGreaterThanOrEqual(3);
    expect(e.format()).toMatch(/^content\/sources\/metadata\.yaml:\d+: YAML 格式错误/);
  });

  it('refuses tab indentation', () => {
    const e = refusal('000_a25d01534798cd06.txt:\n\tdate: 2025-12-28\n');
    expect(e.line).toBe(2);
    expect(e.message).toContain('YAML');
  });

  it.each([
    ['000_a25d01534798cd06.txt:\n  date： 2025-12-28\n  page: 1\n', 2, '“date”后面用了全角冒号“：”'],
    ['000_a25d01534798cd06.txt:\n  date: 2025-12-28\n  pageName： 要闻\n', 3, '“pageName”后面用了全角冒号“：”'],
    ['000_a25d01534798cd06.txt：\n  date: 2025-12-28\n  page: 1\n', 1, '“000_a25d01534798cd06.txt”后面用了全角冒号“：”'],
    // As a Chinese input method types it, with no space after.
    ['000_a25d01534798cd06.txt:\n  date：2025-12-28\n  page: 1\n', 2, '“date”后面用了全角冒号“：”'],
  ])('refuses a full-width colon, naming its line and the half-width one to write (%#)', (text, line, message) => {
    const e = refusal(text);
    expect(e.line).toBe(line);
    expect(e.message).toContain(message);
    expect(e.hint).toContain('半角冒号“:”');
  });

  it('reads a full-width colon inside a value as the value’s', () => {
    expect(parseMetadata('000_a25d01534798cd06.txt:\n  date: 2025-12-28\n  page: 1\n  pageName: 经济：观察\n', 'm.yaml').get('000_a25d01534798cd06.txt')).toMatchObject({ pageName: '经济：观察' });
  });

  it('refuses the same file named twice', () => {
    const e = refusal('a.txt:\n  page: 1\nb.txt:\n  page: 2\na.txt:\n  page: 3\n');
    expect(e.line).toBe(5);
    expect(e.message).toContain('两次');
  });

  it('refuses an unknown key and suggests the closest known one', () => {
    for (const [typo, guess] of [['pagename', 'pageName'], ['data', 'date'], ['pages', 'page'], ['replce', 'replace']]) {
      const e = refusal(`000_a25d01534798cd06.txt:\n  date: 2025-12-28\n  ${typo}: 1\n`);
      expect(e.line).toBe(3);
      expect(e.message).toContain(`未知字段“${typo}”`);
      expect(e.hint).toContain(`“${guess}”`);
    }
    expect(refusal('x.txt:\n  版名: 要闻\n').hint).toContain('docs/metadata.md');
  });

  it('refuses impossible dates', () => {
    for (const date of ['2025-02-30', '2025-13-01', '2024-04-31', '2025-00-10', '2023-02-29']) {
      const e = refusal(`000_a25d01534798cd06.txt:\n  page: 1\n  date: ${date}\n`);
      expect(e.line).toBe(3);
      expect(e.message).toContain(`日期 ${date} 不存在`);
    }
    expect(parseMetadata('x.txt:\n  date: 2024-02-29\n', FILE, { today: TODAY }).get('x.txt')!.date).toBe('2024-02-29');
  });

  it('refuses dates in the wrong form, in the far past or in the future', () => {
    expect(refusal('x.txt:\n  date: 2025/12/28\n').message).toContain('YYYY-MM-DD');
    expect(refusal('x.txt:\n  date: 20251228\n').message).toContain('YYYY-MM-DD');
    expect(refusal('x.txt:\n  date: 2025-1-8\n').message).toContain('YYYY-MM-DD');
    expect(refusal('x.txt:\n  date: 1850-01-01\n').message).toContain('1900');
    expect(refusal('x.txt:\n  date: 2026-01-12\n').message).toContain('未来');
    // Tomorrow's paper is often ingested the evening before.
    expect(parseMetadata('x.txt:\n  date: 2026-01-11\n', FILE, { today: TODAY }).get('x.txt')!.date).toBe('2026-01-11');
  });

  it('refuses a page that is not a positive integer', () => {
    for (const page of ['0', '-1', '1.5', '第一版', '"1"', '100', '']) {
      const e = refusal(`000_a25d01534798cd06.txt:\n  date: 2025-12-28\n  page: ${page}\n`);
      expect(e.line).toBe(3);
      expect(e.message).toContain('版次 page');
    }
  });

  it('says a quoted page number is quoted, and a page name read as a number needs quotes (not “须为整数，这里是“3””)', () => {
    const page = refusal('x.txt:\n  date: 2025-12-28\n  page: "3"\n');
    expect(page.line).toBe(3);
    expect(page.message).toContain('加了引号');
    expect(page.hint).toContain('page: 3');
    const name = refusal('x.txt:\n  pageName: 3.10\n');
    expect(name.line).toBe(2);
    expect(name.message).toContain('数字');
    expect(name.hint).toContain('pageName: "3.10"');
  });

  it('refuses a blank page name and a replace that is not true/false', () => {
    expect(refusal('x.txt:\n  pageName: ""\n').message).toContain('pageName');
    expect(refusal('x.txt:\n  pageName: 3\n').message).toContain('pageName');
    expect(refusal('x.txt:\n  replace: yes\n').message).toContain('replace');
  });

  it('refuses entries for files that are not in content/sources, suggesting the closest name', () => {
    const e = refusal('000_a25d01534798cd06.txt:\n  page: 1\n000_a25d01534798cd07.txt:\n  page: 2\n', { sourceNames: SOURCES });
    expect(e.line).toBe(3);
    expect(e.message).toContain('没有“000_a25d01534798cd07.txt”');
    expect(e.hint).toContain('000_a25d01534798cd06.txt');
    expect(refusal('sources/000_a25d01534798cd06.txt:\n  page: 1\n').message).toContain('路径');
  });

  it('refuses a document that is not a map of file names to fields', () => {
    expect(refusal('- 000_a25d01534798cd06.txt\n').message).toContain('映射');
    expect(refusal('000_a25d01534798cd06.txt: 2025-12-28\n').message).toContain('字段映射');
    const e = refusal('000_a25d01534798cd06.txt:\ndate: 2025-12-28\n');
    expect(e.line).toBe(1);
    expect(e.message).toContain('没有任何字段');
  });

  it('refuses two files for the same date and page, naming both, unless one replaces the other', () => {
    const text = (replace: string) =>
      `000_a25d01534798cd06.txt:\n  date: 2025-12-28\n  page: 1\n004_c3113a738babef97.txt:\n  date: 2025-12-28\n  page: 1\n${replace}`;
    const e = refusal(text(''));
    expect(e.line).toBe(4);
    expect(e.message).toContain('000_a25d01534798cd06.txt');
    expect(e.message).toContain('004_c3113a738babef97.txt');
    expect(e.hint).toContain('replace: true');
    expect(parseMetadata(text('  replace: true\n'), FILE, { today: TODAY }).get('004_c3113a738babef97.txt')!.replace).toBe(true);
  });
});
