/**
 * How well the ingest dates pages it is not given dates for, on pages whose dates are known:
 * a folder `pages/<id>.txt` with `truth/<id>.json` holding each page's `date` (the layout of a
 * measuring corpus; nothing of it is copied anywhere). Pages are given to the date decision
 * (src/ingest/issue-dates.ts) alone, grouped by their true date, all at once, alone again
 * with a masthead line put on top, and grouped with a masthead on the first page of each date
 * only; each page is counted right, wrong or refused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { issueDateGroups, type PageDateInput } from '../ingest/issue-dates.ts';
import { toLines } from '../ingest/lines.ts';

export interface DateScore {
  batching: string;
  right: number;
  wrong: number;
  refused: number;
  /** The pages dated wrong: name, date given, true date. */
  mistakes: Array<[string, string, string]>;
}

const WEEKDAYS = '日一二三四五六';

/** Scores the four ways of giving the pages of `dir` (above). Throws if a page has no truth file. */
export function measureDates(dir: string, today?: string): DateScore[] {
  const names = readdirSync(path.join(dir, 'pages')).filter((f) => f.endsWith('.txt')).sort();
  const truth = new Map(names.map((f) => [f, (JSON.parse(readFileSync(path.join(dir, 'truth', f.replace(/\.txt$/, '.json')), 'utf8')) as { date: string }).date]));
  const texts = new Map(names.map((f) => [f, readFileSync(path.join(dir, 'pages', f), 'utf8')]));
  const page = (name: string, text = texts.get(name)!): PageDateInput => ({ name, displayPath: name, lines: toLines(text) });

  const score = (batching: string, batches: PageDateInput[][]): DateScore => {
    const result: DateScore = { batching, right: 0, wrong: 0, refused: 0, mistakes: [] };
    for (const batch of batches) {
      for (const group of issueDateGroups(batch, { today })) {
        if (group.refusal) {
          result.refused += group.pages.length;
          continue;
        }
        for (const name of group.pages) {
          const date = group.decided!(name).date;
          if (date === truth.get(name)) result.right++;
          else {
            result.wrong++;
            result.mistakes.push([name, date, truth.get(name)!]);
          }
        }
      }
    }
    return result;
  };

  const byDate = new Map<string, string[]>();
  for (const name of names) byDate.set(truth.get(name)!, [...(byDate.get(truth.get(name)!) ?? []), name]);
  const masthead = (name: string) => {
    const date = truth.get(name)!;
    const [y, m, d] = date.split('-').map(Number);
    return `${y}年${m}月${d}日 星期${WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]}\n${texts.get(name)}`;
  };
  return [
    score('each page alone', names.map((n) => [page(n)])),
    score("each date's pages together", [...byDate.values()].map((ns) => ns.map((n) => page(n)))),
    score('all pages at once', [names.map((n) => page(n))]),
    score('each page with a masthead line on top', names.map((n) => [page(n, masthead(n))])),
    score("each date's pages, a masthead on the first only", [...byDate.values()].map((ns) => ns.map((n, i) => page(n, i === 0 ? masthead(n) : texts.get(n))))),
  ];
}
