/**
 * Which articles the topics (<content>/topics/*.mdx) cite by id — in a card, a quote or a
 * timeline — and on which line, read with the site's own MDX reader (mdx-references.ts). The
 * ingest asks before it withdraws articles (`--remove`): a topic citing one would no longer
 * build. Reads the topic files; writes nothing. A topic that cannot be read is left out here
 * (the pre-build check, check.ts, reports it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseMarkdownEntry } from '../content/parse.ts';
import { displayPath } from '../content/problems.ts';
import { readMdxBody } from './mdx-references.ts';
import { TOPIC_COMPONENTS } from './vocabulary.ts';

/** One place a topic cites an article. */
export interface Citation {
  /** The topic file as the user should see it. */
  file: string;
  line?: number;
  id: string;
}

/**
 * Every citation of the topics in `topicsDir` of an id `wanted` accepts, in file and line order;
 * none when the folder does not exist.
 */
export function topicCitations(topicsDir: string, wanted: (id: string) => boolean): Citation[] {
  if (!fs.existsSync(topicsDir)) return [];
  const out: Citation[] = [];
  const files = fs.readdirSync(topicsDir).filter((n) => n.endsWith('.mdx') && !n.startsWith('.')).sort();
  for (const name of files) {
    const full = path.join(topicsDir, name);
    let text: string;
    try {
      text = fs.readFileSync(full, 'utf8');
    } catch {
      continue;
    }
    const parsed = parseMarkdownEntry(text, name, []);
    if (!parsed) continue;
    const { references } = readMdxBody(parsed.body ?? '', parsed.bodyLine ?? 1, TOPIC_COMPONENTS);
    for (const ref of references) {
      const ids = ref.kind === 'timeline' ? ref.ids : ref.kind === 'card' || ref.kind === 'quote' ? [ref.id] : [];
      for (const id of ids) if (wanted(id)) out.push({ file: displayPath(full), line: ref.line, id });
    }
  }
  return out;
}
