/**
 * Topics as the site lists and links them: each with the articles it cites, sorted for the
 * topic index, and indexed by article for the "本文收入专题" line on article pages. Pure.
 */
import type { Topic } from '../schema/topic.ts';
import { citedIds, readMdxBody, type Reference } from './mdx-references.ts';
import { TOPIC_COMPONENTS } from './vocabulary.ts';

export interface SiteTopic {
  /** File name without .mdx: the permalink segment. */
  name: string;
  data: Topic;
  references: Reference[];
  /** Articles cited by id (cards, quotes, timelines), in the order first cited. */
  cited: string[];
}

export function siteTopic(name: string, data: Topic, body: string): SiteTopic {
  const { references } = readMdxBody(body, 1, TOPIC_COMPONENTS);
  return { name, data, references, cited: citedIds(references) };
}

/** Newest coverage first (by the end of the span), then by title. */
export function sortTopics(topics: SiteTopic[]): SiteTopic[] {
  return [...topics].sort((a, b) => b.data.to.localeCompare(a.data.to) || b.data.from.localeCompare(a.data.from) || a.data.title.localeCompare(b.data.title, 'zh-CN'));
}

/** Article id → the topics that cite it, in topic-index order. */
export function topicsByArticle(topics: SiteTopic[]): Map<string, SiteTopic[]> {
  const byArticle = new Map<string, SiteTopic[]>();
  for (const topic of sortTopics(topics)) {
    for (const id of topic.cited) byArticle.set(id, [...(byArticle.get(id) ?? []), topic]);
  }
  return byArticle;
}

/** 2025年12月 至 2026年1月, or one month, or 2023年10月22日 when from and to are one day. */
export function spanLabel(from: string, to: string): string {
  const ym = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月`;
  const ymd = (iso: string) => `${ym(iso)}${Number(iso.slice(8, 10))}日`;
  if (from === to) return ymd(from);
  if (from.slice(0, 7) === to.slice(0, 7)) return ym(from);
  return `${ym(from)}至${ym(to)}`;
}
