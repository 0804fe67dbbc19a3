/** articles.csv cell rules on hostile text, read back by Python's csv module. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlesCsv, csvCell, CSV_COLUMNS } from '../../src/export/csv.ts';
import { buildExport } from '../../src/export/build.ts';
import { readArchive } from '../../src/content/archive.ts';

const [base] = buildExport(readArchive(path.resolve('tests/fixtures/content'))).articles;

describe('articles.csv', () => {
  it('quotes commas, quotes and line breaks; keeps formulas from running', () => {
    expect(csvCell('本报讯，“白登山杯”')).toBe('本报讯，“白登山杯”');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('一\n二')).toBe('"一\n二"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    for (const start of ['+1', '-1', '@SUM(A1)', '\tx']) expect(csvCell(start).replace(/^"/, '')[0]).toBe("'");
    expect(csvCell(3)).toBe('3');
    expect(csvCell(null)).toBe('');
  });

  it('reads back in a CSV reader with the same cells, hostile text included', () => {
    const hostile = {
      ...base,
      headline: '标题,带逗号 "引号"\r\n与换行',
      kicker: '=1+1',
      byline: null,
      blocks: [
        { type: 'paragraph' as const, text: '第一段，含 "引号"' },
        { type: 'subhead' as const, text: '小标题' },
      ],
    };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csv-'));
    const file = path.join(dir, 'a.csv');
    fs.writeFileSync(file, articlesCsv([base, hostile]));
    const run = spawnSync('python3', ['-c', 'import csv,json,sys\nprint(json.dumps(list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8-sig")))))', file], { encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true });
    expect(run.status, run.stderr).toBe(0);
    const rows: string[][] = JSON.parse(run.stdout);
    expect(rows).toHaveLength(3);
    const col = (name: string) => CSV_COLUMNS.findIndex((c) => c.name === name);
    expect(rows[2][col('headline')]).toBe('标题,带逗号 "引号"\r\n与换行');
    expect(rows[2][col('kicker')]).toBe("'=1+1");
    expect(rows[2][col('byline')]).toBe('');
    expect(rows[2][col('text')]).toBe('第一段，含 "引号"\n小标题');
    expect(rows[1][col('id')]).toBe(base.id);
  });
});
