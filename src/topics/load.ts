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
