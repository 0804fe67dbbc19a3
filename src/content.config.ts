import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, issueSchema, photoSchema, sectionSchema } from './schema/entries.ts';
import { editorialSchema, topicSchema } from './schema/topic.ts';
import { buildPart, contentDir as configuredContentDir, yearSummariesDir } from './config.ts';
import { editorialDir, topicsDir } from './content/paths.ts';
import { summaryEntries, treeEntries } from './content/loader.ts';
import { optionalFolder } from './content/optional-folder.ts';
import { issueDatesRead } from './site/build-part.ts';

const contentDir = configuredContentDir();

/**
 * A year's part of a build by parts reads its year's issues and their two neighbours only
 * (src/site/build-part.ts): `dates` keeps the files of those issues' dates.
 */
const partDates = issueDatesRead();
const dates = partDates ? (date: string) => partDates.has(date) : undefined;

const issues = defineCollection({
  // Not glob(): the tree's own loaders keep an unchanged entry without reading its file again (src/content/loader.ts).
  loader: treeEntries({ base: `${contentDir}/issues`, ext: '.json', dates }),
  schema: issueSchema,
});

const sections = defineCollection({
  loader: treeEntries({ base: `${contentDir}/sections`, ext: '.json', dates }),
  schema: sectionSchema.extend({ issue: reference('issues') }),
});

const articles = defineCollection({
  // Not glob(): articles are read as blocks, never rendered, so their HTML is not stored. The
  // pages spanning years of a build by parts read them from the years' summaries.
  loader:
    buildPart().kind === 'archive-wide'
      ? summaryEntries({ dir: yearSummariesDir(), contentDir })
      : treeEntries({ base: `${contentDir}/articles`, ext: '.md', dates }),
  schema: articleSchema.extend({
    issue: reference('issues'),
    section: reference('sections'),
    continuedOnArticle: reference('articles').nullable(),
    continuedFromArticle: reference('articles').nullable(),
  }),
});

const photos = defineCollection({
  loader: treeEntries({ base: `${contentDir}/photos`, ext: '.json', dates }),
  schema: photoSchema.extend({
    issue: reference('issues'),
    section: reference('sections'),
    article: reference('articles'),
  }),
});

/** 专题: staff-written MDX guides; the file name is the permalink (/topics/<name>/). A tree may have none. */
const topics = defineCollection({
  loader: optionalFolder(topicsDir(contentDir), '.mdx', glob({ pattern: '*.mdx', base: topicsDir(contentDir) })),
  schema: topicSchema,
});

/** 本馆说明 and its companion pages: MDX kept with the site, built with any content tree. */
const editorial = defineCollection({
  loader: glob({ pattern: '*.mdx', base: editorialDir }),
  schema: editorialSchema,
});

export const collections = { issues, sections, articles, photos, topics, editorial };
