/**
 * A column's name printed over a headline is both the piece's kicker, as printed, and its column
 * (src/ingest/boxes.ts, on an e-paper's list); the reader sees it once, as the column tag. Made-up
 * headline blocks.
 */
import { describe, expect, it } from 'vitest';
import { shownKicker } from '../../src/site/titles.ts';
import { resultView, WARM_UP_RECORD } from '../../src/search/browser/result-view.ts';

describe('the kicker as the reader is shown it', () => {
  it('is left out where it only repeats the column, kept where it differs, and null where there is none', () => {
    expect(shownKicker({ kicker: '县区快讯', column: '县区快讯' })).toBeNull();
    expect(shownKicker({ kicker: ' 县区快讯 ', column: '县区快讯' })).toBeNull();
    expect(shownKicker({ kicker: '春播时节', column: '县区快讯' })).toBe('春播时节');
    expect(shownKicker({ kicker: '春播时节', column: null })).toBe('春播时节');
    expect(shownKicker({ kicker: null, column: '县区快讯' })).toBeNull();
    expect(shownKicker({ kicker: '  ', column: null })).toBeNull();
  });

  it('in a search result too: the column is shown, its repeat as the kicker is not', () => {
    const record = { ...WARM_UP_RECORD, column: '县区快讯', kicker: '县区快讯', headline: '青禾县培训农民工三千人次', title: '青禾县培训农民工三千人次' };
    const view = resultView(record, []);
    expect(view.kicker).toBeNull();
    expect(view.column).not.toBeNull();
    expect(resultView({ ...record, kicker: '春播时节' }, []).kicker).not.toBeNull();
  });
});
