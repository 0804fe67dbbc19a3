/**
 * The Astro components behind the names staff write in MDX (see vocabulary.ts). Passed to an
 * entry's <Content components={…} />, so pages need no import lines.
 */
import ArticleCard from './components/ArticleCard.astro';
import ArticleQuote from './components/ArticleQuote.astro';
import ArticleRoll from './components/ArticleRoll.astro';
import FlagList from './components/FlagList.astro';
import Holdings from './components/Holdings.astro';
import SiteAddress from './components/SiteAddress.astro';
import Timeline from './components/Timeline.astro';
import type { EditorialComponentName, TopicComponentName } from './vocabulary.ts';

export const topicComponents: Record<TopicComponentName, unknown> = {
  稿件: ArticleCard,
  引文: ArticleQuote,
  时间线: Timeline,
  稿件列表: ArticleRoll,
};

export const editorialComponents: Record<EditorialComponentName, unknown> = {
  标注说明: FlagList,
  馆藏概况: Holdings,
  本馆网址: SiteAddress,
};
