/**
 * 校订: an article an editor corrects by hand. The pre-build check and the export refuse it until
 * it says when (`corrected:`), naming the file, the line and what to write; then the export
 * carries it. When the source is later corrected too, the ingest keeps the editor's text and its
 * report shows the difference between the edited entry and the new reading, once. On a scratch
 * copy of the real content tree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchContent, runScript } from '../helpers/scratch-content.ts';
import { seedName, seedText } from '../helpers/seeds.ts';

const scratch = scratchContent('corrections');
const script = (file: string, ...args: string[]) => runScript(scratch, file, ...args);
const ARTICLE = path.join('articles', '2022', '2022-01-19', '01-03.md');
const articleFile = () => path.join(scratch.content, ARTICLE);
const editArticle = (change: (t: string) => string) => fs.writeFileSync(articleFile(), change(fs.readFileSync(articleFile(), 'utf8')));

describe('an article corrected by hand', () => {
  it('is refused by check-content and export until it says when, then exported with it', () => {
    editArticle((t) => t.replace('headline: "温暖送给环卫工"', 'headline: "把温暖送给环卫工"'));
    const check = script('scripts/check-content.ts');
    expect(check.code).toBe(1);
    expect(check.err).toContain(`${path.join('content', ARTICLE)}:2: 字段 corrected：这篇稿件与导入结果不同（手工校订过），但没有写明校订日期 — 在文件开头的元数据块中加一行 corrected: "YYYY-MM-DD"`);
    const out = path.join(scratch.root, 'data');
    expect(script('scripts/export.ts', '--out', out).code).toBe(1);
    expect(fs.existsSync(path.join(out, 'articles.jsonl'))).toBe(false);

    editArticle((t) => t.replace('headline: "把温暖送给环卫工"', 'headline: "把温暖送给环卫工"\ncorrected:\n  date: 2026-01-05\n  note: 标题补上“把”字'));
    expect(script('scripts/check-content.ts').code).toBe(0);
    expect(script('scripts/export.ts', '--out', out).code).toBe(0);
    const line = fs.readFileSync(path.join(out, 'articles.jsonl'), 'utf8').split('\n').find((l) => l.includes('"2022-01-19-01-03"'))!;
    expect(JSON.parse(line)).toMatchObject({ headline: '把温暖送给环卫工', corrected: { date: '2026-01-05', note: '标题补上“把”字' } });
  });

  it('is refused by check-content and export when its 校订 date is in the future (a typo the page would show)', () => {
    editArticle((t) => t.replace('headline: "温暖送给环卫工"', 'headline: "把温暖送给环卫工"\ncorrected: "2062-01-05"'));
    const line = fs.readFileSync(articleFile(), 'utf8').split('\n').indexOf('corrected: "2062-01-05"') + 1;
    const check = script('scripts/check-content.ts');
    expect(check.code, check.out).toBe(1);
    expect(check.err).toContain(`${path.join('content', ARTICLE)}:${line}: 字段 corrected.date：校订日期 2062-01-05 在未来（今天是 `);
    const out = path.join(scratch.root, 'data');
    const exported = script('scripts/export.ts', '--out', out);
    expect(exported.code).toBe(1);
    expect(exported.err).toContain('校订日期 2062-01-05 在未来');
    expect(fs.existsSync(path.join(out, 'articles.jsonl'))).toBe(false);
  });

  it('is kept when the source is corrected too, and the report shows the difference once', () => {
    editArticle((t) => t.replace('headline: "温暖送给环卫工"', 'headline: "把温暖送给环卫工"\ncorrected: "2026-01-05"'));
    const edited = fs.readFileSync(articleFile(), 'utf8');
    // The source gets a correction of its own, in the same article's body.
    const source = path.join(scratch.content, 'sources', seedName('004'));
    const original = seedText('004');
    expect(original).toContain('平城区环境卫生服务中心负责人');
    fs.writeFileSync(source, original.replace('平城区环境卫生服务中心负责人', '平城区环境卫生服务中心的负责人'));

    const first = script('scripts/ingest.ts');
    expect(first.code, first.err).toBe(0);
    expect(fs.readFileSync(articleFile(), 'utf8')).toBe(edited);
    expect(first.out).toContain('01-03.md: 有人手工修改过（校订），来源的读法也变了：保留手工版本，差异列在下面');
    expect(first.out).toContain(`${ARTICLE.split(path.sep).join('/')}：手工版本（-）与来源的新读法（+）不同之处：`);
    // Each changed line as its changed span in 【】, with the words around it.
    expect(first.out).toContain('- 第 9 行（校订）：headline: "【把】温暖送给环卫工"');
    expect(first.out).toContain('+ 第 9 行（新读法）：headline: "【】温暖送给环卫工"');
    expect(first.out).toContain('- 第 10 行（校订）：corrected: "2026-01-05"');
    expect(first.out).toMatch(/- 第 36 行（校订）：平城区环境卫生服务中心【】负责人王金栋告诉记者，目…\n\s+\+ 第 35 行（新读法）：平城区环境卫生服务中心【的】负责人王金栋告诉记者，目…/);

    const second = script('scripts/ingest.ts');
    expect(second.code).toBe(0);
    expect(second.out).toContain('01-03.md: 有人手工修改过（校订），保留手工版本');
    expect(second.out).not.toContain('新读法');
    expect(fs.readFileSync(articleFile(), 'utf8')).toBe(edited);
  });

  it('a broken manifest is refused by check-content and export, never read as "no manifest" (which would skip the 校订 check)', () => {
    editArticle((t) => t.replace('headline: "温暖送给环卫工"', 'headline: "把温暖送给环卫工"'));
    const manifest = path.join(scratch.content, '.ingest-manifest.json');
    for (const broken of ['{"version": 1, "files": {', '{"version": 1, "files": {"articles/x.md": "nothex"}}', '[]']) {
      fs.writeFileSync(manifest, broken);
      const check = script('scripts/check-content.ts');
      expect(check.code, check.err).toBe(1);
      expect(check.err).toMatch(/content\/\.ingest-manifest\.json(:\d+)?: 导入清单损坏：.*无法判断哪些稿件手工校订过（broken ingest manifest）— 请用 git checkout 恢复这个文件/);
      expect(check.out).not.toContain('内容检查通过');
      const exported = script('scripts/export.ts', '--out', path.join(scratch.root, 'data'));
      expect(exported.code).toBe(1);
      expect(exported.err).toContain('导入清单损坏');
    }
  });

  it('an entry whose frontmatter a person broke is named as broken, with its line and the fix, not as a 校订 to date', () => {
    for (const [change, line, reason] of [
      [(t: string) => t.replace('headline: "温暖送给环卫工"', 'headline: "温暖送给环卫工'), 9, '元数据块（frontmatter）不是有效的 YAML：Missing closing "quote（broken entry, kept）'],
      [(t: string) => t.replace(/\n---\n/, '\n--\n'), 1, '但没有结尾的 ---'],
    ] as const) {
      const original = fs.readFileSync(articleFile(), 'utf8');
      editArticle(change);
      const run = script('scripts/ingest.ts');
      expect(run.code, run.err).toBe(0);
      const said = run.out.split('\n').find((l) => l.includes(ARTICLE.split(path.sep).join('/')))!;
      expect(said).toContain(`${ARTICLE.split(path.sep).join('/')}:${line}: 有人改过这个文件，但它已无法读取：`);
      expect(said).toContain(reason);
      expect(said).toContain('请改正这一处（npm run check-content 列出每一处），或加 --force 用导入结果覆盖它');
      expect(said).not.toContain('corrected');
      fs.writeFileSync(articleFile(), original);
    }
  });

  it('an undated hand edit is named in the ingest report with what to write', () => {
    editArticle((t) => t.replace('headline: "温暖送给环卫工"', 'headline: "把温暖送给环卫工"'));
    const run = script('scripts/ingest.ts');
    expect(run.code).toBe(0);
    expect(run.out).toContain('请在元数据块中写明校订日期，如 corrected: { date: "2026-01-05" }');
  });
});
