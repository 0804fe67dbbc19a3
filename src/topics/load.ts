/**
 * Reads the topics and editorial pages collections once per build. The only topics module that
 * touches astro:content; everything else takes plain values.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { siteTopic, sortTopics, topicsByArticle, type SiteTopic } from './topics.ts';
import { contentDir } from '../config.ts';
import { topicsDir } from '../content/paths.ts';
import { holdsAny } from '../content/optional-folder.ts';

let topics: Promise<SiteTopic[]> | undefined;

async function read(): Promise<SiteTopic[]> {
  // A tree without guides has no topics collection at all, and asking Astro for one warns at every build.
  if (!holdsAny(topicsDir(contentDir()), '.mdx')) return [];
  const entries = await getCollection('topics');
  return sortTopics(entries.map((e) => siteTopic(e.id, e.data, e.body ?? '')));
}

export function loadTopics(): Promise<SiteTopic[]> {
  topics ??= read();
  return topics;
}

let byArticle: Promise<Map<string, SiteTopic[]>> | undefined;

export function loadTopicsByArticle(): Promise<Map<string, SiteTopic[]>> {
  byArticle ??= loadTopics().then(topicsByArticle);
  return byArticle;
}

export async function topicEntry(name: string): Promise<CollectionEntry<'topics'> | undefined> {
  return await getEntry('topics', name);
}

export async function editorialEntry(name: string): Promise<CollectionEntry<'editorial'> | undefined> {
  return await getEntry('editorial', name);
}

export function editorialEntries(): Promise<CollectionEntry<'editorial'>[]> {
  return getCollection('editorial');
}
