/**
 * How much two pieces of Chinese text are about the same thing: the number of distinct
 * Han character pairs (bigrams) they share. A headline shares several with the opening of
 * its own article and almost none with an unrelated one; that is all the items stage asks.
 */
const HAN_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;

export function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(HAN_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  return out;
}

export function sharedBigrams(a: string, b: string): number {
  const bs = bigrams(b);
  let n = 0;
  for (const g of bigrams(a)) if (bs.has(g)) n++;
  return n;
}

/** How many shared bigrams make a headline and a text "about the same thing". */
export const RELATED = 2;
/** The opening of a paragraph compared against a headline, in characters. */
export const OPENING = 150;
