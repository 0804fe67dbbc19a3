/**
 * The one flag vocabulary (src/schema/flags.ts): words for every flag of the union, and the
 * ingest report of the seed pages naming each flagged article with the same label the site shows.
 */
import { describe, expect, it } from 'vitest';
import { emptyLedger } from '../../src/ingest/ids.ts';
import { runPipeline } from '../../src/ingest/pipeline.ts';
import { articleFlag } from '../../src/schema/entries.ts';
import { FLAG_EXPLANATIONS, FLAG_LABELS } from '../../src/schema/flags.ts';
import { SEEDS, seedText } from '../helpers/seeds.ts';

describe('the flag vocabulary', () => {
  it('has a distinct Chinese label and an explanation for every flag, and no other', () => {
    expect(Object.keys(FLAG_LABELS)).toEqual(articleFlag.options);
    expect(Object.keys(FLAG_EXPLANATIONS)).toEqual(articleFlag.options);
    for (const flag of articleFlag.options) {
      expect(FLAG_LABELS[flag]).toMatch(/^\p{Script=Han}+$/u);
      expect(FLAG_EXPLANATIONS[flag]).toMatch(/\p{Script=Han}.*。$/u);
    }
    expect(new Set(Object.values(FLAG_LABELS)).size).toBe(articleFlag.options.length);
    expect(FLAG_LABELS.untitled).toBe('无标题');
    expect(FLAG_LABELS['cut-off']).toBe('疑似未完');
  });

  it('words the ingest report: each flagged seed article is listed under its label', () => {
    const result = runPipeline(SEEDS.map((name) => ({ name, displayPath: name, text: seedText(name.slice(0, 3)), meta: {} })), emptyLedger());
    const flagged = result.entries.articles.flatMap(({ data }) => data.flags.map((flag) => `${FLAG_LABELS[flag]}：${data.id}「`));
    expect(flagged.length).toBeGreaterThan(0);
    const listed = result.pages.flatMap((p) => p.uncertain);
    for (const line of flagged) expect(listed.some((l) => l.startsWith(line)), line).toBe(true);
  });
});
