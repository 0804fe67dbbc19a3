/**
 * The difference between two versions of an entry file, line by line, for the ingest report:
 * what a person's edit (校订) has that the new reading of the source does not, and the other
 * way round. Entry files keep one field per line and one paragraph per line (src/content/
 * write.ts), so a changed line is a changed field or paragraph. Pure.
 */
import { diffArrays } from 'diff';

export interface DiffLine {
  /** `-` only in the edited entry, `+` only in the new reading. */
  sign: '-' | '+';
  /** 1-based line in the file it comes from. */
  line: number;
  text: string;
}

/**
 * The lines of `edited` not in `reading` (`-`) and of `reading` not in `edited` (`+`), in file
 * order, from jsdiff's shortest edit script (Myers) over the two files' lines. Lines both share,
 * and blank lines, are left out.
 */
export function lineDiff(edited: string, reading: string): DiffLine[] {
  const a = edited.replace(/\r\n?/g, '\n').split('\n');
  const b = reading.replace(/\r\n?/g, '\n').split('\n');
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  for (const change of diffArrays(a, b)) {
    if (change.added) for (const text of change.value) out.push({ sign: '+', line: ++j, text });
    else if (change.removed) for (const text of change.value) out.push({ sign: '-', line: ++i, text });
    else {
      i += change.count;
      j += change.count;
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

/**
 * The spans in which two versions of one line differ, each with `context` characters of the text
 * around it, from jsdiff's shortest edit script over their characters (code points). Spans apart
 * by `context * 2` characters or less are given as one, and so are spans apart by one or two
 * characters (a common 的 or 。 between two changes is not a match worth showing). Null when the
 * lines share less than half their characters (they are not one line changed, but one line
 * replaced by another).
 */
export function spanChanges(edited: string, reading: string, context = 12): SpanChange[] | null {
  const a = [...edited];
  const b = [...reading];
  const longer = Math.max(a.length, b.length);
  // Sharing half the longer line or more leaves at most this many characters changed.
  const changes = diffArrays(a, b, { maxEditLength: a.length + b.length - longer });
  if (changes === undefined) return null;
  let common = 0;
  // Changed runs as [start, end) in both lines, then merged where the text between is short.
  const runs: { a0: number; a1: number; b0: number; b1: number }[] = [];
  let i = 0;
  let j = 0;
  for (const change of changes) {
    if (!change.added && !change.removed) {
      i += change.count;
      j += change.count;
      common += change.count;
      continue;
    }
    const last = runs.at(-1);
    const run = last && last.a1 === i && last.b1 === j ? last : { a0: i, a1: i, b0: j, b1: j };
    if (run !== last) runs.push(run);
    if (change.added) j += change.count;
    else i += change.count;
    run.a1 = i;
    run.b1 = j;
  }
  if (common * 2 < longer) return null;

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
