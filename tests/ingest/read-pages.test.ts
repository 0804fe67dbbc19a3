/**
 * A large ingest reads the later half of its pages on a worker thread (read-pages.ts); what it
 * reads must be exactly what one thread reads: the same lines, items and entry files, the same
 * names from other pages used to split run-together names, the same refusal.
 */
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { emptyLedger } from '../../src/ingest/ids.ts';
import { runPipeline, type SourceText } from '../../src/ingest/pipeline.ts';
import { readPages } from '../../src/ingest/read-pages.ts';
import { synthesise } from '../../src/synth/synthesise.ts';
import { SOURCES_DIR } from '../helpers/seeds.ts';

const issues = synthesise({ issues: 3, start: '2024-03-01', seed: 'threads', seedsDir: SOURCES_DIR });
const sources: SourceText[] = issues
  .flatMap((i) => i.pages)
  .map((p) => ({ name: p.file, displayPath: p.file, text: p.text, meta: { date: p.date, page: p.page, pageName: p.pageName } }));

describe('reading on two threads', () => {
  it('gives the lines and items one thread gives, page for page', () => {
    const texts = sources.map((s) => s.text);
    const one = readPages(texts, { threads: false });
    const two = readPages(texts, { threads: true });
    expect(two.lines).toEqual(one.lines);
    const items = one.items();
    expect(items.flat().length).toBeGreaterThan(50);
    expect(two.items()).toEqual(items);
    expect(two.readByWorker()).toBe(Math.floor(texts.length / 2));
    expect(one.readByWorker()).toBe(0);
  });

  it('splits a name run together on an early page by a name printed apart on a later one, as one thread does', () => {
    // 王晓明李华 is split only because a later page prints 李华 apart in a byline.
    const early = '市图书馆推出寒假阅读季\n本报讯（记者 王晓明李华）市图书馆寒假阅读季活动近日启动，推出亲子共读、古籍展览等二十余项活动。\n';
    const late = '文瀛湖冰雪节开幕\n本报记者 李华\n文瀛湖冰雪节昨日开幕，市民在湖面上滑冰、坐冰车，欢度周末时光。\n';
    const texts = [early, early, late, late];
    const byline = (read: ReturnType<typeof readPages>) => read.items()[0][0].authors.map((a) => a.name);
    const two = readPages(texts, { threads: true });
    expect(byline(two)).toEqual(byline(readPages(texts, { threads: false })));
    expect(two.readByWorker()).toBe(2);
    expect(byline(two)).toContain('李华');
  });

  it('writes the same entry files and report as one thread', () => {
    const one = runPipeline(sources, emptyLedger(), { threads: false });
    const two = runPipeline(sources, emptyLedger(), { threads: true });
    expect([...two.files]).toEqual([...one.files]);
    expect(two.pages).toEqual(one.pages);
  });

  it('refuses the same page for the same reason', () => {
    const empty = { ...sources[sources.length - 1], name: 'zz-empty.txt', displayPath: 'zz-empty.txt', text: '\n \n' };
    const refusal = (threads: boolean) => {
      try {
        runPipeline([...sources, empty], emptyLedger(), { threads });
      } catch (error) {
        return error;
      }
      return null;
    };
    const one = refusal(false);
    expect(one).toBeInstanceOf(IngestError);
    expect(refusal(true)).toEqual(one);
  });
});
