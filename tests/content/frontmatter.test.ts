import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { FRONTMATTER_OPTIONS, frontmatterText, simpleFrontmatter } from '../../src/content/frontmatter.ts';

const asYaml = (data: unknown) => stringify(data, FRONTMATTER_OPTIONS);

/** An article's data as the ingest makes it (short made-up text). */
const ARTICLE = {
  id: '2024-01-01-06-06',
  issue: '2024-01-01',
  section: '2024-01-01-06',
  seq: 6,
  kind: 'article',
  column: null,
  kicker: '全省产业联盟名单公布——',
  headline: '“黄花”联盟入选',
  subheadline: null,
  byline: null,
  dateline: '本报讯（记者 王某）',
  signature: null,
  authors: [{ name: '王某', role: '记者' }],
  continuedOn: 2,
  continuedFrom: null,
  continuationNotes: ['（下转第二版）'],
  continuedOnArticle: '2024-01-01-02-03',
  continuedFromArticle: null,
  flags: [],
  folds: [{ text: '重复的一段', lines: [40, 41], afterBlock: 2 }],
  source: { file: 'dtrb-20240101-06.txt', lines: [31, 47] },
  corrected: undefined,
};

/** Text with the characters that decide how yaml quotes: quotes, backslashes, line breaks, control characters, lone surrogates, document markers. */
const text = fc.string({
  unit: fc.constantFrom(...'大同日报 a#:-—“”"\\\n\t\r\u0000\u0007\u001b\u0085\u00a0\u2028\u2029\ufeff\ud800\udc00%.'.split(''), '---', '...', '\ud83d\ude00'),
  maxLength: 60,
});
const key = fc.oneof(fc.stringMatching(/^[a-z][A-Za-z]{0,6}$/), fc.constantFrom('null', 'true', 'false', 'a b', '1', 'Key', ''));
const scalar = fc.oneof(text, fc.integer(), fc.double(), fc.constant(null), fc.boolean(), fc.constant(-0), fc.constant(undefined));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, scalar, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
}));

describe('article frontmatter', () => {
  it('is the text yaml writes for an article, written directly', () => {
    expect(simpleFrontmatter(ARTICLE)).not.toBeNull();
    expect(frontmatterText(ARTICLE)).toBe(asYaml(ARTICLE));
    expect(frontmatterText(ARTICLE)).toContain('authors:\n  - name: "王某"\n    role: "记者"\n');
  });

  it('is the text yaml writes for any data, whether written directly or by yaml', () => {
    fc.assert(fc.property(fc.dictionary(key, value, { maxKeys: 8 }), (data) => {
      expect(frontmatterText(data)).toBe(asYaml(data));
    }), { numRuns: 2000 });
  });

  it('writes the shapes of an article directly, nested in any order', () => {
    const plainText = fc.string({ unit: fc.constantFrom(...'大同日报 a#:-—“”"\\%.'.split('')), maxLength: 30 });
    const plainKey = fc.stringMatching(/^[a-z][a-z]{0,6}$/).filter((k) => !['null', 'true', 'false'].includes(k));
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, plainText, fc.integer(), fc.constant(null), fc.boolean(), tie('list'), tie('map')),
      list: fc.array(fc.oneof(plainText, fc.integer(), fc.constant(null), tie('map'), fc.constant(0).map(() => [])), { maxLength: 4 }),
      map: fc.dictionary(plainKey, tie('tree'), { maxKeys: 5 }),
    }));
    fc.assert(fc.property(fc.dictionary(plainKey, tree, { minKeys: 1, maxKeys: 8 }), (data) => {
      expect(simpleFrontmatter(data)).toBe(asYaml(data));
    }), { numRuns: 2000 });
  });

  it('leaves to yaml what it writes its own way: line breaks, control characters, shared objects', () => {
    expect(simpleFrontmatter({ headline: '一行\n两行' })).toBeNull();
    expect(simpleFrontmatter({ headline: 'a\u0007' })).toBeNull();
    expect(simpleFrontmatter({ headline: '\ud800' })).toBeNull();
    const lines = [1, 2];
    const shared = { source: { lines }, folds: [{ lines }] };
    expect(simpleFrontmatter(shared)).toBeNull();
    expect(frontmatterText(shared)).toBe(asYaml(shared));
    expect(frontmatterText(shared)).toContain('&');
  });
});
