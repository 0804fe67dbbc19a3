/**
 * The citation downloads of every article, /articles/<id>/cite.bib and cite.ris, as files: what
 * the article page links to (CiteBox), made from the archive as the page's own reference is
 * (article.ts). Written after the pages by src/integrations/citation-files.ts rather than as two
 * Astro routes per article, whose cost was Astro's per route, not the text's (docs/scaling.md).
 */
import type { Archive } from '../content/archive.ts';
import { articleCitation } from './article.ts';
import { bibtex } from './bibtex.ts';
import { ris } from './ris.ts';

export interface CitationFile {
  /** Inside dist/, `/`-separated: articles/<id>/cite.bib. */
  path: string;
  text: string;
}

/** The two files of each article; `absolute` as for articleCitation (null in a preview build: no url in them). */
export function citationFiles(archive: Archive, absolute: (path: string) => string | null): CitationFile[] {
  return [...archive.articleById.keys()].flatMap((id) => {
    const { record } = articleCitation(archive, id, absolute);
    return [
      { path: `articles/${id}/cite.bib`, text: bibtex(record) },
      { path: `articles/${id}/cite.ris`, text: ris(record) },
    ];
  });
}
