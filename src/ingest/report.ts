/**
 * The ingest report: per source, what was found and everything a person should check —
 * uncertain readings, invisible and direction characters, hand-edited entries (with the
 * difference when the source's reading changed), pages replaced, ids retired (and where their
 * URLs now lead), and sources taken out with --remove.
 */
import { formatDiff, lineDiff } from './diff.ts';
import type { IngestOutcome } from './run.ts';

export function formatReport(outcome: IngestOutcome): string {
  const out: string[] = [];
  if (outcome.recovered) out.push('注意：上一次导入中途中断，已先恢复 content/ 到中断前的状态。');
  for (const page of outcome.plan.result.pages) {
    out.push(
      `${page.source}  ${page.date} 第${page.page}版  文章 ${page.articles} 篇，图片新闻 ${page.photoNews} 条，图片说明 ${page.photos} 条`,
    );
    for (const old of page.replaces ?? []) out.push(`    · 替换了同一期同一版的 ${old}（replace: true）：旧文本留在 content/sources/，不再读入档案；认出的稿件沿用原稿件号`);
    for (const line of page.uncertain) out.push(`    · ${line}`);
    for (const line of outcome.plan.notes.get(page.source) ?? []) out.push(`    · ${line}`);
  }
  for (const { id, successor } of outcome.plan.retired) {
    out.push(
      `停用稿件号 ${id}：这次读出的稿件里没有它了（retired），` +
        (successor ? `其网址转到接替它的稿件 ${successor}` : '没有接替它的稿件，其网址显示“已停用”') +
        '；稿件号不会再给别的稿件',
    );
  }
  for (const r of outcome.plan.removed) {
    if (r.replacedBy && r.ids.length === 0) {
      const by = r.replacedBy;
      out.push(`撤下 ${r.name}（${by.issue} 第${by.page}版已由 ${by.source} 替换的旧文本）：${r.fileGone ? '来源文件已不在 content/sources/' : '来源文件从 content/sources/ 删除'}；这一版的稿件和稿件号都在 ${by.source}，不受影响`);
      continue;
    }
    const where = r.issue ? `${r.issue} 第${r.page}版` : '尚未导入过';
    out.push(
      `撤下 ${r.name}（${where}）：${r.fileGone ? '来源文件已不在 content/sources/；' : '来源文件、'}版面和 ${r.ids.length} 篇稿件从档案中删除` +
        (r.ids.length ? `；稿件号 ${r.ids.join('、')} 永久停用，其网址显示撤稿说明（withdrawn）` : ''),
    );
  }
  if (outcome.write.warnings.length) {
    out.push('', '手工修改过的条目（已保留，未覆盖）：');
    for (const w of outcome.write.warnings) out.push(`    · ${w}`);
  }
  const changed = outcome.write.files.filter((f) => f.edited !== undefined && f.text !== undefined);
  for (const f of changed) {
    out.push('', `${f.path}：手工版本（-）与来源的新读法（+）不同之处：`);
    for (const line of formatDiff(lineDiff(f.edited!, f.text!))) out.push(`    ${line}`);
  }
  const counts = new Map<string, number>();
  for (const f of outcome.write.files) counts.set(f.status, (counts.get(f.status) ?? 0) + 1);
  const status = [...counts].map(([k, v]) => `${k} ${v}`).join('，');
  out.push(
    '',
    outcome.write.changed
      ? `已写入 ${outcome.written} 个文件，删除 ${outcome.removed} 个（${status}）。`
      : `没有变化，无需写入（${status}）。`,
  );
  if (outcome.leftover) out.push(`注意：${outcome.leftover}`);
  return out.join('\n');
}
