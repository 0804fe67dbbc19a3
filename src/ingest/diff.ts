/**
 * The difference between two versions of an entry file, line by line, for the ingest report:
 * what a person's edit (校订) has that the new reading of the source does not, and the other
 * way round. Entry files keep one field per line and one paragraph per line (src/content/
 * write.ts), so a changed line is a changed field or paragraph. Pure.
 */

export interface DiffLine {
  /** `-` only in the edited entry, `+` only in the new reading. */
  sign: '-' | '+';
  /** 1-based line in the file it comes from. */
  line: number;
  text: string;
}

/**
 * The lines of `edited` not in `reading` (`-`) and of `reading` not in `edited` (`+`), in file
 * order, from a longest common subsequence of the two (Hunt–Szymanski style, O(n·m) at worst;
 * entry files are tens of lines). Lines both share are left out.
 */
export function lineDiff(edited: string, reading: string): DiffLine[] {
  const a = edited.replace(/\r\n?/g, '\n').split('\n');
  const b = reading.replace(/\r\n?/g, '\n').split('\n');
  // Common head and tail first: most edits change a line or two in the middle.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const lcs = Array.from({ length: x.length + 1 }, () => new Uint32Array(y.length + 1));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      i++;
      j++;
    } else if (j >= y.length || (i < x.length && lcs[i + 1][j] >= lcs[i][j + 1])) {
      out.push({ sign: '-', line: head + i + 1, text: x[i] });
      i++;
    } else {
      out.push({ sign: '+', line: head + j + 1, text: y[j] });
      j++;
    }
  }
  return out.filter((d) => d.text.trim() !== '');
}

/** A changed span of a line pair: what the edited line has there, what the new reading has, and the words around it. */
export interface SpanChange {
  /** Up to `context` characters before the span (shared by both lines); `…` marks a cut. */
  before: string;
  /** The span in the edited line ('' when the new reading inserts text here). */
  edited: string;
  /** The span in the new reading ('' when it drops text here). */
  reading: string;
  after: string;
}

/** Longest lines compared character by character (their product, in cells); longer pairs are shown whole. */
const MAX_CELLS = 4_000_000;

/**
 * The spans in which two versions of one line differ, each with `context` characters of the text
 * around it, from a longest common subsequence of their characters (after their common head and
 * tail). Spans apart by `context * 2` characters or less are given as one, and so are spans apart
 * by one or two characters (a common 的 or 。 between two changes is not a match worth showing).
 * Null when the lines share less than half their characters (they are not one line changed, but
 * one line replaced by another) or are too long to compare.
 */
export function spanChanges(edited: string, reading: string, context = 12): SpanChange[] | null {
  const a = [...edited];
  const b = [...reading];
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  if (x.length * y.length > MAX_CELLS) return null;
  const lcs = Array.from({ length: x.length + 1 }, () => new Uint32Array(y.length + 1));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const common = head + tail + lcs[0][0];
  if (common * 2 < Math.max(a.length, b.length)) return null;

  // Changed runs as [start, end) in both lines, then merged where the text between is short.
  const runs: { a0: number; a1: number; b0: number; b1: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      i++;
      j++;
      continue;
    }
    const run = { a0: head + i, a1: head + i, b0: head + j, b1: head + j };
    while ((i < x.length || j < y.length) && !(i < x.length && j < y.length && x[i] === y[j])) {
      if (j >= y.length || (i < x.length && lcs[i + 1][j] >= lcs[i][j + 1])) i++;
      else j++;
    }
    run.a1 = head + i;
    run.b1 = head + j;
    runs.push(run);
  }
  const merged: typeof runs = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && run.a0 - last.a1 <= 2) {
      last.a1 = run.a1;
      last.b1 = run.b1;
    } else merged.push({ ...run });
  }
  const hunks: typeof runs = [];
  for (const run of merged) {
    const last = hunks.at(-1);
    if (last && run.a0 - last.a1 <= context * 2) {
      last.a1 = run.a1;
      last.b1 = run.b1;
    } else hunks.push({ ...run });
  }
  return hunks.map((h) => {
    const from = Math.max(0, h.a0 - context);
    const to = Math.min(a.length, h.a1 + context);
    return {
      before: (from > 0 ? '…' : '') + a.slice(from, h.a0).join(''),
      edited: a.slice(h.a0, h.a1).join(''),
      reading: b.slice(h.b0, h.b1).join(''),
      after: a.slice(h.a1, to).join('') + (to < a.length ? '…' : ''),
    };
  });
}

/**
 * The report's lines for one file, at most `max` (and a count of the rest). A line the edit and
 * the new reading both have, changed, is shown by its changed spans, each in 【】 with the words
 * around it, as a `-`/`+` pair:
 *
 *   - 第 12 行（校订）：…平城区环境卫生服务中心【】负责人王金栋告诉记者…
 *   + 第 12 行（新读法）：…平城区环境卫生服务中心【的】负责人王金栋告诉记者…
 *
 * so a change deep in a long paragraph shows as itself. A line only one side has is shown whole
 * (up to `width` characters, then its length).
 */
export function formatDiff(diff: DiffLine[], max = 12, width = 160): string[] {
  const whole = (text: string) => {
    const chars = [...text];
    return chars.length > width ? `${chars.slice(0, width).join('')}…（共 ${chars.length} 字）` : text;
  };
  const label = (d: DiffLine) => `${d.sign} 第 ${d.line} 行（${d.sign === '-' ? '校订' : '新读法'}）：`;
  const lines: string[] = [];
  for (const entry of pairLines(diff)) {
    if ('text' in entry) {
      lines.push(label(entry) + whole(entry.text));
      continue;
    }
    for (const c of entry.changes) {
      lines.push(`${label(entry.edited)}${c.before}【${whole(c.edited)}】${c.after}`);
      lines.push(`${label(entry.reading)}${c.before}【${whole(c.reading)}】${c.after}`);
    }
  }
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max), `……另有 ${lines.length - max} 行不同`];
}

type Paired = DiffLine | { edited: DiffLine; reading: DiffLine; changes: SpanChange[] };

/**
 * The diff with each changed line found as a pair: in a run of `-` lines followed by `+` lines,
 * each `-` line is paired, in order, with the first `+` line after the last paired one that is
 * the same line changed (spanChanges is not null); the rest stand alone, in file order.
 */
function pairLines(diff: DiffLine[]): Paired[] {
  const out: Paired[] = [];
  let k = 0;
  while (k < diff.length) {
    let m = k;
    while (m < diff.length && diff[m].sign === '-') m++;
    let n = m;
    while (n < diff.length && diff[n].sign === '+') n++;
    const removed = diff.slice(k, m);
    const added = diff.slice(m, n);
    const partner = new Map<number, { r: number; changes: SpanChange[] }>();
    let next = 0;
    removed.forEach((d, r) => {
      for (let q = next; q < added.length; q++) {
        const changes = spanChanges(d.text, added[q].text);
        if (changes === null) continue;
        partner.set(r, { r: q, changes });
        next = q + 1;
        return;
      }
    });
    const pairedAdded = new Set([...partner.values()].map((p) => p.r));
    let q = 0;
    removed.forEach((d, r) => {
      const p = partner.get(r);
      if (!p) {
        out.push(d);
        return;
      }
      // `+` lines before this pair's partner are new lines of their own.
      for (; q < p.r; q++) if (!pairedAdded.has(q)) out.push(added[q]);
      out.push({ edited: d, reading: added[p.r], changes: p.changes });
      q = p.r + 1;
    });
    for (; q < added.length; q++) if (!pairedAdded.has(q)) out.push(added[q]);
    k = n === k ? k + 1 : n;
  }
  return out;
}
