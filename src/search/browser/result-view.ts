/** A result as the results list shows it: its record, with the query's phrases marked. */
import { excerpt, markText } from '../shared/excerpt.ts';
import { formatDateShort, pageTitle } from '../../site/chinese.ts';
import type { Phrase } from '../shared/query.ts';
import type { ResultRecord } from '../shared/record.ts';
import type { ResultView } from './protocol.ts';

export function resultView(record: ResultRecord, phrases: Phrase[]): ResultView {
  const marked = (text: string | null) => (text ? markText(text, phrases) : null);
  return {
    id: record.id,
    url: record.url,
    date: record.date,
    dateLabel: formatDateShort(record.date),
    pageLabel: record.page === null ? null : pageTitle(record.page, record.pageName),
    page: record.page,
    pageName: record.pageName,
    kind: record.kind,
    column: marked(record.column),
    // A column's name printed over the headline is its kicker too; it is shown once, as the column.
    kicker: record.headline && record.kicker !== record.column ? marked(record.kicker) : null,
    title: markText(record.title, phrases),
    subheadline: record.headline || record.kicker ? marked(record.subheadline) : null,
    names: record.names,
    excerpt: excerpt(record.fields, phrases),
    ...(record.topic ? { topic: record.topic } : {}),
  };
}

/** A result record of no article, for warming up the code that shows results (prepare()). */
export const WARM_UP_RECORD: ResultRecord = {
  id: '',
  url: '/',
  date: '2024-01-01',
  page: 1,
  pageName: '要闻',
  kind: 'article',
  column: null,
  kicker: '大同日报',
  headline: '冰雪大同 2024年',
  subheadline: null,
  title: '冰雪大同 2024年',
  names: ['本报记者'],
  fields: ['本报讯 大同日报社主办的全文检索。'.repeat(20), '冰雪季在2024年开幕。'],
};
