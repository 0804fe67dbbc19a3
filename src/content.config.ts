import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, issueSchema, photoSchema, sectionSchema } from './schema/entries.ts';
import { editorialSchema, topicSchema } from './schema/topic.ts';
import { buildPart, contentDir as configuredContentDir, yearSummariesDir } from './config.ts';
import { editorialDir, topicsDir } from './content/paths.ts';
import { markdownEntries, summaryEntries } from './content/loader.ts';
import { issueDatesRead } from './site/build-part.ts';

const contentDir = configuredContentDir();

/**
 * A year's part of a build by parts reads its year's issues and their two neighbours only
 * (src/site/build-part.ts); `within` gives the glob patterns of those issues' files in a
 * collection, by the folder of a date (issues/2024/2024-03-01.json, photos/2024/2024-03-01/…).
 */
const partDates = issueDatesRead();
const within = (every: string, ofDate: (date: string) => string) => (partDates ? [...partDates].map(ofDate) : every);

/** Every entry carries its own `id` (ids are given once by the ingest and never derived from paths). */
const byId = ({ entry, data }: { entry: string; data: Record<string, unknown> }) =>
  typeof data.id === 'string' ? data.id : entry.replace(/\.[^.]+$/, '');

const issues = defineCollection({
  loader: glob({ pattern: within('**/*.json', (d) => `${d.slice(0, 4)}/${d}.json`), base: `${contentDir}/issues`, generateId: byId }),
  schema: issueSchema,
});

const sections = defineCollection({
  loader: glob({ pattern: within('**/*.json', (d) => `${d.slice(0, 4)}/${d}-*.json`), base: `${contentDir}/sections`, generateId: byId }),
  schema: sectionSchema.extend({ issue: reference('issues') }),
});

const articles = defineCollection({
  // Not glob(): articles are read as blocks, never rendered, so their HTML is not stored. The
  // pages spanning years of a build by parts read them from the years' summaries.
  loader:
    buildPart().kind === 'archive-wide'
      ? summaryEntries({ dir: yearSummariesDir(), contentDir })
      : markdownEntries({ base: `${contentDir}/articles`, dates: partDates ? (date) => partDates.has(date) : undefined }),
  schema: articleSchema.extend({
    issue: reference('issues'),
    section: reference('sections'),
    continuedOnArticle: reference('articles').nullable(),
    continuedFromArticle: reference('articles').nullable(),
  }),
});

const photos = defineCollection({
  loader: glob({ pattern: within('**/*.json', (d) => `${d.slice(0, 4)}/${d}/*.json`), base: `${contentDir}/photos`, generateId: byId }),
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
