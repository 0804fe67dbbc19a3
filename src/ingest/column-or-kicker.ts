/**
 * Whether the short line over a headline names the article's column (栏目) or is its kicker (引题).
 */
import type { Item } from './item.ts';
import { bigrams } from './similarity.ts';
import { creditsTextAndPictures, isNoticeTitle } from './patterns.ts';

/** A reporter's byline: 本报记者 某某, 记者 某某 通讯员 某某. */
const REPORTER = /记者/;

/** A short label: a noun phrase of up to 7 characters, no stop, comma, colon or closing dash. */
const SHORT_LABEL = /^[^，,。：:；;！!？?——、“”"「」\s]{2,7}$/u;

/**
 * Moves a kicker that is a short label sharing no Han character pair with its own headline,
 * subheadline or body, over a piece without a dateline, into the item's column: 三言两语 / 车位“只租不售”应当说清楚, 服务台 /
 * 本周末这些路段将临时封闭施工. Takes an item the items stage has filled; changes it in place;
 * never throws. Why: a kicker introduces the article's own subject and shares its words (体操项目
 * over 中国选手包揽鞍马冠亚军, whose report names 体操项目); a column's name is the page's furniture.
 * A dated report keeps its kicker (春播时节 over a 本报讯 report): columns head the pieces a page
 * runs under one name every day — comments, services, serials, essays — which carry no dateline.
 * On the rmrb-2019 truth 14 of 15 short kickers share a pair with their article; on the other
 * papers' truths 36 unbracketed column names share none. Measured on all seven tables: 9 headline
 * blocks more read exactly, 4 fewer (two of set b, one of set f, one of rmrb-2019). A piece under
 * its reporter's byline (本报记者 某某) is a report too, and keeps its kicker (传承宋韵文化 over a
 * festival's report, 记者观察 over a reporter's analysis): on the thirteen tables, 5 headline
 * blocks more read exactly (sets a, b, l), 1 fewer (set g's 好人好事 over a reporter's story).
 */
export function settleColumnOrKicker(item: Item): void {
  if (item.kind !== 'article' || item.kicker === null || item.column !== null || item.dateline !== null) return;
  // A reporter's byline makes it a report, which keeps its kicker as a dated one does; not a feature's
  // credits for its words and its pictures (文/本报记者 某某 图/本报记者 某某), a 人物 page's under its column.
  if (item.byline !== null && REPORTER.test(item.byline) && !creditsTextAndPictures(item.byline)) return;
  const label = item.kicker;
  if (!SHORT_LABEL.test(label)) return;
  const own = [item.headline ?? '', item.subheadline ?? '', ...item.blocks.map((b) => b.text)].join('\n');
  const words = bigrams(own);
  for (const pair of bigrams(label)) if (words.has(pair)) return;
  item.column = label;
  item.kicker = null;
}

/** A notice page's banner: a kind of notice alone, perhaps with who issues it (公告, 声明, 法院公告). */
const NOTICE_BANNER = /^[\u4e00-\u9fff]{0,4}(?:公告|声明|通告|启事|公示)$/;

/**
 * Moves a kicker that only names a kind of notice (公告, 声明, 法院公告) over a notice's own title
 * (遗失声明, 某某法院公告) into the item's column: it is the banner a notice page prints over its
 * boxes, never the notice's kicker. Set ac of other papers' pages prints 11 such banners; no
 * kicker of any truth names a kind of notice. Takes an item the items stage has filled; changes it
 * in place; never throws.
 */
export function settleNoticeBanner(item: Item): void {
  if (item.kind !== 'article' || item.kicker === null || item.column !== null || item.headline === null) return;
  if (!NOTICE_BANNER.test(item.kicker) || !isNoticeTitle(item.headline)) return;
  item.column = item.kicker;
  item.kicker = null;
}
