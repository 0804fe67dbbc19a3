/**
 * What `npm run fidelity` prints: the table per layout, the JSON object, the failing articles
 * and one page's truth beside its entries. Pure functions from a Measurement to text.
 */
import type { TruthArticle } from './corpus.ts';
import type { ReadEntry } from './entry-text.ts';
import type { Measurement } from './measure.ts';
import { ALL, missedTargets, share, type ArticleScore, type PageResult, type Row } from './score.ts';

const pct = (count: number, of: number) => (of === 0 ? '–' : (share(count, of) * 100).toFixed(1));

/** The table per layout and the "all" row as a Markdown table, then refusals, losses and run time. */
export function formatTable(m: Measurement): string {
  const head = ['layout', 'pages', 'articles', 'found %', 'headline block exact %', 'whole %', 'glued', 'extra entries', 'paragraphs apart %'];
  const body = m.rows.map((r) => [
    r.layout === ALL ? '**all**' : r.layout,
    String(r.pages),
    String(r.articles),
    pct(r.found, r.articles),
    pct(r.headlineExact, r.articles),
    pct(r.whole, r.articles),
    String(r.glued),
    String(r.extra),
    pct(r.apart, r.paragraphs),
  ]);
  const widths = head.map((h, k) => Math.max(displayWidth(h), ...body.map((row) => displayWidth(row[k]))));
  const line = (cells: string[]) => `| ${cells.map((c, k) => (k === 0 ? padEnd(c, widths[k]) : padStart(c, widths[k]))).join(' | ')} |`;
  const out = [line(head), `|${widths.map((w, k) => (k === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...body.map(line), ''];

  const refused = m.pages.filter((p) => p.refused !== null);
  out.push(`pages refused: ${refused.length}`);
  for (const p of refused) out.push(`  ${p.id}: ${p.refused}`);
  const lost = m.pages.filter((p) => p.lost.length > 0);
  out.push(`characters lost: ${lost.reduce((n, p) => n + p.lost.reduce((k, l) => k + l.count, 0), 0)}`);
  for (const p of lost) out.push(`  ${p.id}: ${p.lost.map((l) => `“${l.char}”×${l.count}`).join(' ')}`);
  out.push(`run time: ${m.seconds.toFixed(1)} s (ingest ${m.ingestSeconds.toFixed(1)} s)`);
  return out.join('\n');
}

/** The same as formatTable, as one JSON object on one line (shares in per cent, one decimal). */
export function formatJson(m: Measurement): string {
  const row = (r: Row) => ({
    ...r,
    foundPct: round(share(r.found, r.articles) * 100),
    headlineExactPct: round(share(r.headlineExact, r.articles) * 100),
    wholePct: round(share(r.whole, r.articles) * 100),
    apartPct: round(share(r.apart, r.paragraphs) * 100),
  });
  return JSON.stringify({
    layouts: m.rows.filter((r) => r.layout !== ALL).map(row),
    all: row(m.rows.find((r) => r.layout === ALL)!),
    refused: m.pages.filter((p) => p.refused !== null).map((p) => ({ page: p.id, message: p.refused })),
    lost: m.pages.filter((p) => p.lost.length > 0).map((p) => ({ page: p.id, characters: p.lost })),
    missedTargets: missedTargets(m.rows),
    seconds: round(m.seconds),
    ingestSeconds: round(m.ingestSeconds),
  });
}

const round = (x: number) => Math.round(x * 10) / 10;

/** Which tests a true article fails: not found, headline, whole, glued (none when it passes). */
export function failedTests(a: ArticleScore): string[] {
  if (!a.entry) return ['not found'];
  return [...(a.headlineExact ? [] : ['headline']), ...(a.whole ? [] : ['whole']), ...(a.glued ? ['glued'] : [])];
}

/** Every failing true article, page by page: what failed, the truth's headline block and the entry's; then the page's extra entries. */
export function formatFailures(m: Measurement): string {
  const out: string[] = [];
  let count = 0;
  for (const page of m.pages) {
    for (const a of page.articles) {
      const failed = failedTests(a);
      if (failed.length === 0) continue;
      count++;
      out.push(`${page.id} ${page.layout} #${a.index + 1}: ${failed.join(', ')}${page.refused ? ' (page refused)' : ''}`);
      out.push(`    truth: ${headlineBlock(a.truth)}`);
      out.push(a.entry ? `    entry ${a.entry.id}: ${entryHeadlineBlock(a.entry)}` : `    entry: —`);
      if (a.entry && a.missing !== null) out.push(`    missing paragraph: ${quote(clip(a.missing, 40))}`);
      for (const other of a.gluedWith) out.push(`    glued with #${other + 1}: ${headlineBlock(page.articles[other].truth)}`);
    }
    if (page.extra.length) {
      const named = page.extra.slice(0, 5).map((e) => `${e.id}${quote(clip(e.headline ?? e.body.replace(/\s+/gu, ''), 15))}`);
      out.push(`${page.id} ${page.layout}: ${page.extra.length} extra entr${page.extra.length === 1 ? 'y' : 'ies'}: ${named.join(' ')}${page.extra.length > 5 ? ' …' : ''}`);
    }
  }
  out.push(`${count} failing article(s)`);
  return out.join('\n');
}

/** One page: each true article beside the entry found for it, then the entries no article found. */
export function formatPage(page: PageResult, columnWidth = 64): string {
  const side = (left: string[], right: string[]) => {
    const rows: string[] = [];
    for (let k = 0; k < Math.max(left.length, right.length); k++) {
      rows.push(`${padEnd(fit(left[k] ?? '', columnWidth), columnWidth)} │ ${fit(right[k] ?? '', columnWidth)}`);
    }
    return rows;
  };
  const chosen = new Set(page.articles.flatMap((a) => (a.entry ? [a.entry] : [])));
  const out = [`${page.id} ${page.layout}: ${page.articles.length} true articles, ${page.entries.length} entries, ${page.extra.length} extra`];
  if (page.refused) out.push(`refused: ${page.refused}`);
  if (page.lost.length) out.push(`lost: ${page.lost.map((l) => `“${l.char}”×${l.count}`).join(' ')}`);
  out.push('', ...side(['truth'], ['entry']), `${'─'.repeat(columnWidth)}─┼─${'─'.repeat(columnWidth)}`);
  for (const a of page.articles) {
    const failed = failedTests(a);
    const left = [
      `#${a.index + 1} ${failed.length ? `✗ ${failed.join(', ')}` : '✓'}`,
      `引 ${a.truth.kicker}`,
      `主 ${a.truth.headline}`,
      `副 ${a.truth.subheadline}`,
      ...ends(a.truth.paragraphs.join('')),
      ...(a.missing !== null && a.entry ? [`missing: ${clip(a.missing, 30)}`] : []),
      ...a.gluedWith.map((other) => `glued with #${other + 1}`),
    ];
    out.push(...side(left, a.entry ? entryLines(a.entry) : ['—']), '');
  }
  const others = page.entries.filter((e) => !chosen.has(e));
  if (others.length) {
    out.push('entries no true article found:');
    for (const e of others) out.push(...side([page.extra.includes(e) ? 'extra' : 'holds an opening, not chosen'], entryLines(e)), '');
  }
  return out.join('\n');
}

function entryLines(e: ReadEntry): string[] {
  return [
    `${e.id}${e.kind === 'photo' ? ' 图片新闻' : ''}${e.flags.length ? ` [${e.flags.join(', ')}]` : ''}`,
    ...(e.column ? [`栏 ${e.column}`] : []),
    `引 ${e.kicker ?? ''}`,
    `主 ${e.headline ?? ''}`,
    `副 ${e.subheadline ?? ''}`,
    ...ends(e.body),
  ];
}

/** A body's first and last 30 characters, on two lines (the whole when it is short). */
function ends(text: string): string[] {
  const chars = [...text.replace(/\s+/gu, ' ').trim()];
  if (chars.length <= 60) return [`正 ${chars.join('')}`];
  return [`正 ${chars.slice(0, 30).join('')}…`, `  …${chars.slice(-30).join('')}`];
}

function headlineBlock(t: TruthArticle): string {
  return `引${quote(t.kicker)} 主${quote(t.headline)} 副${quote(t.subheadline)}`;
}

function entryHeadlineBlock(e: ReadEntry): string {
  return `${e.column ? `栏${quote(e.column)} ` : ''}引${quote(e.kicker ?? '')} 主${quote(e.headline ?? '')} 副${quote(e.subheadline ?? '')}`;
}

const quote = (text: string) => `「${text}」`;

function clip(text: string, chars: number): string {
  const all = [...text];
  return all.length <= chars ? text : `${all.slice(0, chars).join('')}…`;
}

/** Columns a character takes in a terminal: 2 for East Asian wide and full-width ones. */
function charWidth(cp: number): number {
  return (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
    ? 2
    : 1;
}

export function displayWidth(text: string): number {
  let w = 0;
  for (const c of text) w += charWidth(c.codePointAt(0)!);
  return w;
}

/** The text cut to `width` columns (with … when cut). */
function fit(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let w = 0;
  for (const c of text) {
    const cw = charWidth(c.codePointAt(0)!);
    if (w + cw > width - 1) break;
    out += c;
    w += cw;
  }
  return `${out}…`;
}

const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
