/**
 * The topics of a content tree, read outside Astro for the search index: frontmatter through
 * the topic schema, the body as the words a reader sees. The pre-build check has already named
 * anything wrong; here a broken topic stops the index build with its file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseMarkdownEntry } from '../content/parse.ts';
import { ContentError, type ContentProblem } from '../content/problems.ts';
import { topicSchema } from '../schema/topic.ts';
import type { IndexedTopic } from '../search/build/topic-document.ts';
import { topicPlainText } from './plain-text.ts';

export function readIndexedTopics(topicsDir: string): IndexedTopic[] {
  if (!fs.existsSync(topicsDir)) return [];
  const problems: ContentProblem[] = [];
  const topics: IndexedTopic[] = [];
  for (const file of fs.readdirSync(topicsDir).filter((f) => f.endsWith('.mdx')).sort()) {
    const full = path.join(topicsDir, file);
    const parsed = parseMarkdownEntry(fs.readFileSync(full, 'utf8'), full, problems);
    const data = parsed && topicSchema.safeParse(parsed.data);
    if (!parsed || !data?.success) {
      if (data && !data.success) problems.push({ file: full, reason: '元数据不符合要求（运行 npm run check-content 查看详情）' });
      continue;
    }
    topics.push({ name: file.replace(/\.mdx$/, ''), data: data.data, text: topicPlainText(parsed.body ?? '') });
  }
  if (problems.length) throw new ContentError(problems);
  return topics;
}
