import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, issueSchema, photoSchema, sectionSchema } from './schema/entries.ts';
import { editorialSchema, topicSchema } from './schema/topic.ts';
import { contentDir as configuredContentDir } from './config.ts';
import { editorialDir, topicsDir } from './content/paths.ts';
import { markdownEntries } from './content/loader.ts';

const contentDir = configuredContentDir();

/** Every entry carries its own `id` (ids are given once by the ingest and never derived from paths). */
const byId = ({ entry, data }: { entry: string; data: Record<string, unknown> }) =>
  typeof data.id === 'string' ? data.id : entry.replace(/\.[^.]+$/, '');

const issues = defineCollection({
  loader: glob({ pattern: '**/*.json', base: `${contentDir}/issues`, generateId: byId }),
  schema: issueSchema,
});

const sections = defineCollection({
  loader: glob({ pattern: '**/*.json', base: `${contentDir}/sections`, generateId: byId }),
  schema: sectionSchema.extend({ issue: reference('issues') }),
});

const articles = defineCollection({
  // Not glob(): articles are read as blocks, never rendered, so their HTML is not stored.
  loader: markdownEntries({ base: `${contentDir}/articles` }),
  schema: articleSchema.extend({
    issue: reference('issues'),
    section: reference('sections'),
    continuedOnArticle: reference('articles').nullable(),
    continuedFromArticle: reference('articles').nullable(),
  }),
});

const photos = defineCollection({
  loader: glob({ pattern: '**/*.json', base: `${contentDir}/photos`, generateId: byId }),
  schema: photoSchema.extend({
    issue: reference('issues'),
    section: reference('sections'),
    article: reference('articles'),
  }),
});

/** 专题: staff-written MDX guides; the file name is the permalink (/topics/<name>/). */
const topics = defineCollection({
  loader: glob({ pattern: '*.mdx', base: topicsDir(contentDir) }),
  schema: topicSchema,
});

/** 本馆说明 and its companion pages: MDX kept with the site, built with any content tree. */
const editorial = defineCollection({
  loader: glob({ pattern: '*.mdx', base: editorialDir }),
  schema: editorialSchema,
});

export const collections = { issues, sections, articles, photos, topics, editorial };
