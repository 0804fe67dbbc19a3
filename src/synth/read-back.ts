/**
 * The check every composed page passes: read back through the ingest's stages (lines → reflow
 * → blocks → items, pipeline.ts readItems), the items must be the ones composed — kinds, headlines, paragraph, subhead and photo
 * counts, authors, continuations — and carry no flag.
 */
import type { Item } from '../ingest/items.ts';
import { readItems } from '../ingest/pipeline.ts';
import type { PlannedItem } from './compose.ts';

/** The page as the ingest's stages read it. */
export function readBack(text: string): Item[] {
  return readItems(text);
}

/** Null when the stages read exactly the planned items; else what differs first. */
export function compareReading(items: Item[], plan: PlannedItem[]): string | null {
  if (items.length !== plan.length) return `读出 ${items.length} 条，组版 ${plan.length} 条`;
  for (let i = 0; i < plan.length; i++) {
    const got = items[i];
    const want = plan[i];
    const read: PlannedItem = {
      kind: got.kind,
      headline: got.headline,
      paragraphs: got.blocks.filter((b) => b.type === 'paragraph').length,
      subheads: got.blocks.filter((b) => b.type === 'subhead').length,
      photos: got.photos.length,
      authors: got.authors.map((a) => a.name),
      continuedOn: got.continuedOn,
      continuedFrom: got.continuedFrom,
    };
    if (JSON.stringify(read) !== JSON.stringify(want)) return `第 ${i + 1} 条：读出 ${JSON.stringify(read)}，组版 ${JSON.stringify(want)}`;
    if (got.flags.length) return `第 ${i + 1} 条「${got.headline}」有标记 ${got.flags.join(',')}`;
  }
  return null;
}
