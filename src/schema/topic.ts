/**
 * Frontmatter of the MDX pages staff write: topics (专题, content/topics/*.mdx) and editorial
 * pages (本馆说明 and its companions, editorial/*.mdx). Used by src/content.config.ts and by the
 * pre-build check (scripts/check-content.ts), so both read a topic the same way.
 */
import { z } from 'astro/zod';
import { yamlDay } from './day.ts';

/** A day as staff type it, quoted or not (day.ts). */
const day = z.preprocess(
  yamlDay,
  z.iso.date({ error: (issue) => (issue.input === undefined ? '缺少日期' : '日期须写成 YYYY-MM-DD，如 2025-12-27') }),
);

const text = (what: string, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `缺少${what}` : `${what}须是一段文字`) })
    .trim()
    .min(1, `${what}不能为空`)
    .max(max, `${what}最多 ${max} 个字`);

export const topicSchema = z
  .object({
    /** 专题名, e.g. 大同冰雪季. */
    title: text('标题（title）', 40),
    /** One or two sentences for the topic list and the page description. */
    summary: text('简介（summary）', 200),
    /** 封面文字: a few words set large on the topic's card and page head, in place of a picture. */
    cover: text('封面文字（cover）', 24),
    tags: z.array(text('标签（tags）', 12), { error: '标签（tags）须是一个列表，如 [冰雪, 文旅]' }).default([]),
    /** The span of time the topic covers (dates of the issues it cites, usually). */
    from: day,
    to: day,
    /** 编辑: who wrote the topic. */
    editor: text('编辑（editor）', 40),
  })
  .strict()
  .refine((t) => t.from <= t.to, { message: '起始日期（from）不能晚于结束日期（to）', path: ['to'] });

export const editorialSchema = z
  .object({
    title: text('标题（title）', 40),
    /** For the page's meta description. */
    description: text('说明（description）', 200),
  })
  .strict();

/** A topic's file name (without .mdx) is its permalink: /topics/<name>/. */
export const TOPIC_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type Topic = z.infer<typeof topicSchema>;
export type Editorial = z.infer<typeof editorialSchema>;
