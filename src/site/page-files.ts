/**
 * 版面图 and 版面 PDF on the site: where a page's image and PDF are published, how the image is
 * handed to Astro's image pipeline, and what it is called for readers. Pure.
 *
 * Both files keep a stable address beside their page, `/issues/<date>/<NN>/dtrb-<date>-<NN>.jpg`
 * and `.pdf` (the export and /data/ list them). src/integrations/page-files.ts puts them there
 * (hard links to content/sources) before Astro renders the pages; the pipeline then reads the
 * original from that address and writes the responsive WebP sizes beside it, cached in Astro's
 * cache dir between builds.
 */
import type { ImageMetadata } from 'astro';
import type { Section } from '../schema/entries.ts';
import { formatDateShort, pageTitle } from './chinese.ts';
import { routes } from './routes.ts';
import { withBase } from './url.ts';

const EXTENSIONS = { jpeg: 'jpg', png: 'png', webp: 'webp' } as const;

/** The file name a page's image or PDF is published under: dtrb-2025-12-28-01.jpg / .pdf (dtrb: 大同日报). */
export function pageFileName(section: Pick<Section, 'id' | 'image'>, kind: 'image' | 'pdf'): string {
  const ext = kind === 'pdf' ? 'pdf' : EXTENSIONS[section.image?.format ?? 'jpeg'];
  return `dtrb-${section.id}.${ext}`;
}

/** The site paths (without the base path) of a page's image and PDF; null for what it does not have. */
export function pageFilePaths(section: Pick<Section, 'id' | 'issue' | 'page' | 'image' | 'pdf'>): { image: string | null; pdf: string | null } {
  const dir = routes.page(section.issue, section.page);
  return {
    image: section.image ? dir + pageFileName(section, 'image') : null,
    pdf: section.pdf ? dir + pageFileName(section, 'pdf') : null,
  };
}

/**
 * The site path (without the base path) of a page's text as the archive received it, its
 * source file decoded to UTF-8 (docs/sources.md): `/issues/<date>/<NN>/dtrb-<date>-<NN>.txt`,
 * whose line numbers are those an entry's `source.lines` give. src/integrations/source-texts.ts
 * publishes it.
 */
export function sourceTextPath(section: Pick<Section, 'id' | 'issue' | 'page'>): string {
  return `${routes.page(section.issue, section.page)}dtrb-${section.id}.txt`;
}

/**
 * The page image as Astro's image pipeline takes it (what an image import gives: address,
 * width, height, format), from what the ingest recorded, so no build has to open the file to
 * learn its size. The digest of its bytes goes with it: the pipeline names and caches each
 * size by a hash of this object, so a replaced image gets new sizes, never a cached old one.
 */
export function pageImageSource(section: Pick<Section, 'id' | 'issue' | 'page' | 'image'>, base: string): ImageMetadata & { digest: string } {
  const image = section.image;
  if (!image) throw new Error(`版面 ${section.id} 没有版面图`);
  return {
    src: withBase(base, pageFilePaths({ ...section, pdf: undefined }).image!),
    width: image.width,
    height: image.height,
    format: image.format === 'jpeg' ? 'jpg' : image.format,
    digest: image.sha256.slice(0, 16),
  };
}

/** The image's alt text: the paper, the date and the page, e.g. 《大同日报》2025年12月28日 第一版 要闻 版面图. */
export function pageImageAlt(date: string, section: Pick<Section, 'page' | 'name'>): string {
  return `《大同日报》${formatDateShort(date)} ${pageTitle(section.page, section.name)} 版面图`;
}

/** The name a downloaded PDF is saved under: 大同日报-2025-12-28-第一版.pdf. */
export function pdfDownloadName(date: string, section: Pick<Section, 'page'>): string {
  return `大同日报-${date}-${pageTitle(section.page, null)}.pdf`;
}

/** 1.2 MB, 340 KB: a file's size as readers see it next to a download link. */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The sizes the 版 page shows its image at: 640 for a desktop column (26rem) on a 1× screen,
 * 1024 for a phone's 375 px at 2–3× and a desktop column at 2×. Each size of every page is made
 * once and then copied from Astro's cache into dist/ by every build, so they are few; the full
 * image is a click away for reading.
 */
export const PAGE_IMAGE_WIDTHS = [640, 1024];
/** The size of a page's thumbnail (版面导航 on the issue page at 7.5rem, the article page's link to its page): enough for 2×. */
export const THUMBNAIL_WIDTHS = [320];

/**
 * The widths to make of an image `original` px wide, from `wanted`: those narrower than the
 * original, and the original's own width in place of any wider (an image is never enlarged);
 * `width` is the largest, the one the `src` attribute names.
 */
export function widthsFor(original: number, wanted: readonly number[]): { widths: number[]; width: number } {
  const widths = [...new Set(wanted.map((w) => Math.min(w, original)))].sort((a, b) => a - b);
  return { widths, width: widths.at(-1)! };
}
