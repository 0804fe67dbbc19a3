/**
 * Roundups 要闻回顾 as weekly and city papers print them: one headline, then sections each under
 * a marked label (◆本港 / ◆内地 / ◆国际), each holding items marked ▲ (▲3月2日 某部门公布…), and
 * perhaps the compiler's note under the last (●本报资料室整理). Read line by line, each label reads
 * as a headline or banner and opens an entry of its own, and the compiler's note heads an empty
 * one. The roundup is one piece: the labels are its subheads, the items its paragraphs, the note
 * its last paragraph.
 *
 * What tells a roundup: two labels or more, a mark and a short word with no stop, each right over
 * an item marked ▲, △ or ▶, the first right under a title line. Measured: on the rmrb-2019 pages
 * no line is such a label (its ◆ lines are subheads of several words, 选桩 粗细匀称有力, over
 * paragraphs); on the other papers' pages (sets a–e) only set e's 一周要闻回顾 has them. A marked
 * banner over ▲ briefs (■县域简讯 / ▲1月7日，…) is one label only, and stays the briefs' column.
 */
import type { LineKind } from './blocks.ts';
import type { Line } from './lines.ts';

/** A section's label: a mark, then a short word with no stop or space (◆本港, ◇国际). */
const LABEL = /^[◆◇■□●][\u4e00-\u9fff]{1,6}$/;

/** An item of a roundup: a line opening with ▲, △ or ▶. */
const ITEM = /^[▲△▶►]/;

/** A compiler's note closing the roundup: (●)本报资料室整理, 本报记者某某整理. */
const COMPILED = /^[◆◇■□●]?[^。！？，\s]{1,20}整理$/;

/** How many labels make a roundup. */
const FEWEST_LABELS = 2;

/**
 * Marks the page's roundups, in place: each label under a title line, of a run of labels and items
 * holding two labels or more, is a `subhead`, each item a paragraph of its own (`verse`), and a
 * compiler's note right under the run `closing`. Takes the page's lines and their kinds so far;
 * never throws.
 */
export function markRoundups(lines: Line[], kinds: LineKind[]): void {
  for (let i = 1; i < lines.length; i++) {
    if (kinds[i - 1] !== 'title' || !LABEL.test(lines[i].text) || !ITEM.test(lines[i + 1]?.text ?? '')) continue;
    let end = i;
    let labels = 0;
    while (end < lines.length) {
      if (LABEL.test(lines[end].text) && ITEM.test(lines[end + 1]?.text ?? '')) labels++;
      else if (!ITEM.test(lines[end].text)) break;
      end++;
    }
    if (labels < FEWEST_LABELS) continue;
    for (let k = i; k < end; k++) kinds[k] = LABEL.test(lines[k].text) ? 'subhead' : 'verse';
    if (end < lines.length && COMPILED.test(lines[end].text)) kinds[end] = 'closing';
    i = end;
  }
}
