/**
 * Reads the topics and editorial pages collections once per build. The only topics module that
 * touches astro:content; everything else takes plain values.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { siteTopic, sortTopics, topicsByArticle, type SiteTopic } from './topics.ts';

let topics: Promise<SiteTopic[]> | undefined;

async function read(): Promise<SiteTopic[]> {
  const entries = await getCollection('topics');
  return sortTopics(entries.map((e) => siteTopic(e.id, e.data, e.body ?? '')));
}

export function loadTopics(): Promise<SiteTopic[]> {
  topics ??= read();
  return topics;
}

export async function loadTopicsByArticle(): Promise<Map<string, SiteTopic[]>> {
  return topicsByArticle(await loadTopics());
}

export function topicEntry(name: string): Promise<CollectionEntry<'topics'> | undefined> {
  return getEntry('topics', name);
}

export function editorialEntry(name: string): Promise<CollectionEntry<'editorial'> | undefined> {
  return getEntry('editorial', name);
}

export function editorialEntries(): Promise<CollectionEntry<'editorial'>[]> {
  return getCollection('editorial');
}
