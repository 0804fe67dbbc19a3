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

/** The report's lines for one file: `- 第 5 行（校订）：…` / `+ 第 5 行（新读法）：…`, long lines cut, at most `max`. */
export function formatDiff(diff: DiffLine[], max = 12, width = 70): string[] {
  const cut = (text: string) => {
    const chars = [...text];
    return chars.length > width ? `${chars.slice(0, width).join('')}…` : text;
  };
  const lines = diff.slice(0, max).map((d) => `${d.sign} 第 ${d.line} 行（${d.sign === '-' ? '校订' : '新读法'}）：${cut(d.text)}`);
  if (diff.length > max) lines.push(`……另有 ${diff.length - max} 行不同`);
  return lines;
}
