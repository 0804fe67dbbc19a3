/**
 * The one vocabulary of the ingest's flags (articleFlag in entries.ts), used wherever a flag is
 * put into words: the ingest report lists flagged articles by label (src/ingest/pipeline.ts),
 * the article page shows label and explanation (components/Flags.astro, views/ArticleView.astro),
 * and the 说明 page lists them all (<标注说明 />, topics/components/FlagList.astro).
 * Typed by the flag union, so a new flag cannot go without its words.
 */
import type { ArticleFlag } from './entries.ts';

/** The short label of each flag, as readers and staff see it. */
export const FLAG_LABELS: Record<ArticleFlag, string> = {
  untitled: '无标题',
  'headline-after-body': '标题在正文后',
  'folded-duplicate': '已合并重复段落',
  'cut-off': '疑似未完',
  'orphan-headline': '孤立标题',
};

/** What each flag means for the reader, shown on the article page and the 说明 page. */
export const FLAG_EXPLANATIONS: Record<ArticleFlag, string> = {
  untitled: '原版文字中没有找到这篇稿件的标题，本馆列出时以正文开头代替。',
  'headline-after-body': '原版文字中标题排在正文之后，本馆已按常规顺序把标题放在前面。',
  'folded-duplicate': '原版文字中有段落重复出现，本馆只保留一次，重复的原文附在文末。',
  'cut-off': '正文在句中中断，原版文字也没有转版说明，后文可能在本馆未收录的版面上。',
  'orphan-headline': '原版文字中只有标题，没有找到属于它的正文。',
};
