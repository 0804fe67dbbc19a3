/**
 * 版面图 and 版面 PDF: the printed page's image (JPEG, PNG or WebP) and its PDF, which staff put
 * beside the page's text in content/sources/ (same base name: 005_x.txt, 005_x.jpg, 005_x.pdf)
 * or name in metadata.yaml (`image:`, `pdf:`). Pure: bytes and names in, facts out.
 *
 * A file is judged by its content, never by its name: an image must carry its format's magic
 * bytes, a header the width and height can be read from, and its format's end (a truncated
 * upload has none); a PDF its `%PDF-` header and `%%EOF` trailer. Sizes are bounded so the
 * build can decode every image (docs/sources.md). Everything else is an IngestError naming the
 * file and what is wrong.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { PageImage, PagePdf } from '../schema/entries.ts';
import { IngestError } from './errors.ts';

export type ImageFormat = PageImage['format'];

/** Extensions of the page images the site shows, and the format each promises. */
export const IMAGE_EXTENSIONS: Readonly<Record<string, ImageFormat>> = { '.jpg': 'jpeg', '.jpeg': 'jpeg', '.png': 'png', '.webp': 'webp' };
export const PDF_EXTENSION = '.pdf';
/** Image formats a newsroom may export that browsers or the build cannot show: refused beside a page, with the fix. */
const UNSUPPORTED_EXTENSIONS: Readonly<Record<string, string>> = {
  '.tif': 'TIFF',
  '.tiff': 'TIFF',
  '.gif': 'GIF',
  '.bmp': 'BMP',
  '.heic': 'HEIC',
  '.heif': 'HEIF',
  '.jp2': 'JPEG 2000',
  '.avif': 'AVIF',
  '.jxl': 'JPEG XL',
  '.eps': 'EPS',
  '.ps': 'PostScript',
};

/** A page image of up to 50 MB (a 600 dpi broadsheet scan as JPEG is 10–30 MB). */
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;
/** A page PDF of up to 200 MB (print PDFs with their photos embedded run to tens of MB). */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;
/** Each side of an image: at least 100 px (smaller is no page), at most 20,000 px. */
export const MIN_IMAGE_SIDE = 100;
export const MAX_IMAGE_SIDE = 20_000;
/** At most 200 million pixels: under the decoder's own limit (sharp's 268 million), so the build can read it. */
export const MAX_IMAGE_PIXELS = 200_000_000;

const FORMAT_NAMES: Record<ImageFormat, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP' };

/** What a file in content/sources is to the ingest, by its extension (any case): a page image, a page PDF, an image it cannot show, or none of these. */
export function pageFileKind(name: string): 'image' | 'pdf' | 'unsupported' | null {
  const ext = path.extname(name).toLowerCase();
  if (ext in IMAGE_EXTENSIONS) return 'image';
  if (ext === PDF_EXTENSION) return 'pdf';
  if (ext in UNSUPPORTED_EXTENSIONS) return 'unsupported';
  return null;
}

/** A file name without its extension: the page it goes with by name (005_x.JPG → 005_x). */
export function stemOf(name: string): string {
  return name.slice(0, name.length - path.extname(name).length);
}

/** Width, height and format read from an image's header. */
export interface ImageHeader {
  format: ImageFormat;
  width: number;
  height: number;
}

/**
 * A page image checked: its format from its magic bytes (it must be the one its extension
 * promises), its width and height from its header (SOF of a baseline or progressive JPEG, PNG's
 * IHDR, WebP's VP8/VP8L/VP8X), its end present (JPEG's EOI, PNG's IEND, WebP's RIFF length), its
 * size and sides within bounds. Gives the facts the page entry records. Throws IngestError
 * naming `displayPath` and the reason otherwise.
 */
export function inspectPageImage(bytes: Uint8Array, name: string, displayPath: string): PageImage {
  const refuse = (message: string, hint: string): never => {
    throw new IngestError({ file: displayPath, message, hint });
  };
  const promised = IMAGE_EXTENSIONS[path.extname(name).toLowerCase()];
  if (!promised) refuse('版面图须是 .jpg、.jpeg、.png 或 .webp 文件（not a page image name）', '请另存为 JPEG、PNG 或 WebP');
  if (bytes.length === 0) refuse('版面图是空文件（empty file）', '请重新导出这一版的图片');
  if (bytes.length > MAX_IMAGE_BYTES) {
    refuse(`版面图有 ${megabytes(bytes.length)}，超过 ${megabytes(MAX_IMAGE_BYTES)} 的上限（image too large）`, '请导出分辨率较低（如 300 dpi）的 JPEG');
  }
  const format = sniffImage(bytes);
  if (format === null) {
    const what = sniffOther(bytes);
    refuse(`${what ? `内容是${what}，` : ''}不是 JPEG、PNG 或 WebP 图片（not an image）`, '请确认选对了文件，版面图须另存为 JPEG、PNG 或 WebP');
  }
  if (format !== promised) {
    refuse(
      `文件名是 ${path.extname(name)}，内容却是 ${FORMAT_NAMES[format!]} 图片（extension does not match content）`,
      `请把文件改名为 ${stemOf(name)}.${format === 'jpeg' ? 'jpg' : format}`,
    );
  }
  const header = readHeader(bytes, format!, refuse);
  const { width, height } = header;
  if (width < MIN_IMAGE_SIDE || height < MIN_IMAGE_SIDE) {
    refuse(`图片只有 ${width}×${height} 像素，太小，不像一版的图片（image too small）`, `版面图每边至少 ${MIN_IMAGE_SIDE} 像素；请导出整版的图片`);
  }
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
    refuse(
      `图片有 ${width}×${height} 像素，超过上限（每边 ${MAX_IMAGE_SIDE}，共 ${MAX_IMAGE_PIXELS / 1_000_000} 百万像素）（image too large）`,
      '请导出分辨率较低（如 300 dpi）的图片',
    );
  }
  return { file: name, format: format!, width, height, bytes: bytes.length, sha256: sha256(bytes) };
}

/**
 * A page PDF checked: the `%PDF-1.x` or `%PDF-2.0` header in its first 1,024 bytes (where
 * readers look for it) and the `%%EOF` marker in its last 1,024 (a truncated file has none),
 * within the size limit. Gives the facts the page entry records. Throws IngestError naming
 * `displayPath` and the reason otherwise.
 */
export function inspectPagePdf(bytes: Uint8Array, name: string, displayPath: string): PagePdf {
  const refuse = (message: string, hint: string): never => {
    throw new IngestError({ file: displayPath, message, hint });
  };
  if (path.extname(name).toLowerCase() !== PDF_EXTENSION) refuse('版面 PDF 须是 .pdf 文件（not a PDF name）', '请给出这一版的 PDF');
  if (bytes.length === 0) refuse('PDF 是空文件（empty file）', '请重新导出这一版的 PDF');
  if (bytes.length > MAX_PDF_BYTES) {
    refuse(`PDF 有 ${megabytes(bytes.length)}，超过 ${megabytes(MAX_PDF_BYTES)} 的上限（PDF too large）`, '请导出供网络发布的较小 PDF（图片降采样）');
  }
  const head = latin1(bytes.subarray(0, 1024));
  const version = /%PDF-(1\.[0-7]|2\.0)/.exec(head)?.[1];
  if (version === undefined) {
    const other = sniffImage(bytes) ? ` ${FORMAT_NAMES[sniffImage(bytes)!]} 图片` : sniffOther(bytes);
    refuse(`${other ? `内容是${other}，` : ''}不是 PDF 文件（no %PDF- header）`, '请确认选对了文件');
  }
  if (!latin1(bytes.subarray(Math.max(0, bytes.length - 1024))).includes('%%EOF')) {
    refuse('PDF 不完整：文件末尾没有 %%EOF（truncated PDF）', '文件可能没有传完，请重新复制或导出');
  }
  return { file: name, bytes: bytes.length, sha256: sha256(bytes) };
}

function sniffImage(bytes: Uint8Array): ImageFormat | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (latin1(bytes.subarray(0, 4)) === 'RIFF' && latin1(bytes.subarray(8, 12)) === 'WEBP') return 'webp';
  return null;
}

/** What a file that is no page image is, when its first bytes say (for the refusal). */
function sniffOther(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 16));
  if (head.startsWith('%PDF-')) return ' PDF 文件';
  if (head.startsWith('GIF8')) return ' GIF 图片';
  if (head.startsWith('II*\0') || head.startsWith('MM\0*')) return ' TIFF 图片';
  if (head.startsWith('BM')) return ' BMP 图片';
  if (head.slice(4, 8) === 'ftyp') return ' HEIC/AVIF 图片或视频';
  if (head.startsWith('PK\u0003\u0004')) return ' ZIP 压缩包（或 Office 文档）';
  if (bytes.length > 0 && bytes.subarray(0, 512).every((b) => b === 0x09 || b === 0x0a || b === 0x0d || (b >= 0x20 && b !== 0x7f))) return '文字';
  return null;
}

type Refuse = (message: string, hint: string) => never;

function readHeader(bytes: Uint8Array, format: ImageFormat, refuse: Refuse): ImageHeader {
  if (format === 'jpeg') return jpegHeader(bytes, refuse);
  if (format === 'png') return pngHeader(bytes, refuse);
  return webpHeader(bytes, refuse);
}

const truncated = (refuse: Refuse, what: string): never => refuse(`图片不完整：${what}（truncated or damaged image）`, '文件可能没有传完，请重新复制或导出');

/**
 * JPEG: walks the marker segments from SOI to the first frame header. SOF0–SOF2 (baseline,
 * extended, progressive Huffman) are what every browser and the build's decoder read; the
 * lossless, hierarchical and arithmetic-coded kinds are refused. The file must end with EOI
 * (only padding after it).
 */
function jpegHeader(bytes: Uint8Array, refuse: Refuse): ImageHeader {
  let at = 2;
  let frame: ImageHeader | null = null;
  while (frame === null) {
    if (at >= bytes.length) truncated(refuse, '读到文件末尾也没有找到图像尺寸');
    if (bytes[at] !== 0xff) truncated(refuse, `第 ${at} 字节处不是 JPEG 段标记`);
    while (bytes[at] === 0xff) at++;
    const marker = bytes[at++];
    if (marker === undefined) truncated(refuse, '读到文件末尾也没有找到图像尺寸');
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // no length
    if (marker === 0xd9 || marker === 0xda) truncated(refuse, '图像数据之前没有图像尺寸（no frame header）');
    if (at + 2 > bytes.length) truncated(refuse, '段头不完整');
    const length = (bytes[at] << 8) | bytes[at + 1];
    if (length < 2 || at + length > bytes.length) truncated(refuse, '段长度超出文件');
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (marker > 0xc2) {
        refuse('这种 JPEG 编码（无损、分层或算术编码）网页无法显示（unsupported JPEG coding）', '请另存为普通（基线或渐进式）JPEG');
      }
      if (length < 8) truncated(refuse, '图像尺寸段太短');
      const height = (bytes[at + 3] << 8) | bytes[at + 4];
      const width = (bytes[at + 5] << 8) | bytes[at + 6];
      if (height === 0 || width === 0) refuse('JPEG 头里没有图像尺寸（no dimensions in header）', '请用图片软件重新另存为 JPEG');
      frame = { format: 'jpeg', width, height };
    }
    at += length;
  }
  let end = bytes.length;
  while (end > 0 && [0x00, 0x0a, 0x0d, 0x20].includes(bytes[end - 1])) end--;
  if (!(bytes[end - 2] === 0xff && bytes[end - 1] === 0xd9)) truncated(refuse, 'JPEG 文件末尾没有结束标记（no EOI）');
  return frame;
}

/** PNG: the IHDR chunk must come first (width, height as 32-bit big-endian); the file must end with the IEND chunk. */
function pngHeader(bytes: Uint8Array, refuse: Refuse): ImageHeader {
  if (bytes.length < 8 + 25 + 12) truncated(refuse, 'PNG 文件太短');
  if (latin1(bytes.subarray(12, 16)) !== 'IHDR' || readU32BE(bytes, 8) !== 13) truncated(refuse, 'PNG 文件头里没有 IHDR 块');
  const width = readU32BE(bytes, 16);
  const height = readU32BE(bytes, 20);
  const iend = [0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
  if (!iend.every((b, i) => bytes[bytes.length - 12 + i] === b)) truncated(refuse, 'PNG 文件末尾没有 IEND 块');
  if (width === 0 || height === 0) refuse('PNG 头里的图像尺寸为 0（no dimensions in header）', '请用图片软件重新另存为 PNG');
  return { format: 'png', width, height };
}

/**
 * WebP: the RIFF length must cover the file; the first chunk is VP8 (lossy: 14-bit sizes after
 * the start code 9D 01 2A), VP8L (lossless: 14-bit sizes minus one after the 0x2F signature)
 * or VP8X (extended: 24-bit canvas sizes minus one). Animated WebP is refused.
 */
function webpHeader(bytes: Uint8Array, refuse: Refuse): ImageHeader {
  if (bytes.length < 30) truncated(refuse, 'WebP 文件太短');
  const riff = readU32LE(bytes, 4) + 8;
  if (riff > bytes.length) truncated(refuse, `WebP 文件应有 ${riff} 字节，只有 ${bytes.length} 字节`);
  const chunk = latin1(bytes.subarray(12, 16));
  let width: number;
  let height: number;
  if (chunk === 'VP8 ') {
    if (!(bytes[23] === 0x9d && bytes[24] === 0x01 && bytes[25] === 0x2a)) truncated(refuse, 'WebP 的 VP8 数据没有起始码');
    width = (bytes[26] | (bytes[27] << 8)) & 0x3fff;
    height = (bytes[28] | (bytes[29] << 8)) & 0x3fff;
  } else if (chunk === 'VP8L') {
    if (bytes[20] !== 0x2f) truncated(refuse, 'WebP 的 VP8L 数据没有签名');
    const bits = readU32LE(bytes, 21);
    width = (bits & 0x3fff) + 1;
    height = ((bits >>> 14) & 0x3fff) + 1;
  } else if (chunk === 'VP8X') {
    if (bytes[20] & 0x02) refuse('这是动图 WebP，不是一版的图片（animated WebP）', '请导出静态图片');
    width = (bytes[24] | (bytes[25] << 8) | (bytes[26] << 16)) + 1;
    height = (bytes[27] | (bytes[28] << 8) | (bytes[29] << 16)) + 1;
  } else {
    return truncated(refuse, `WebP 的第一块是未知的“${chunk}”`);
  }
  if (width === 0 || height === 0) refuse('WebP 头里的图像尺寸为 0（no dimensions in header）', '请重新另存为 WebP');
  return { format: 'webp', width, height };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function readU32BE(bytes: Uint8Array, at: number): number {
  return ((bytes[at] << 24) >>> 0) + (bytes[at + 1] << 16) + (bytes[at + 2] << 8) + bytes[at + 3];
}

function readU32LE(bytes: Uint8Array, at: number): number {
  return bytes[at] + (bytes[at + 1] << 8) + (bytes[at + 2] << 16) + ((bytes[at + 3] << 24) >>> 0);
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** The page files chosen for one page, by name. */
export interface PageFileNames {
  image?: string;
  pdf?: string;
}

/**
 * Which page image and PDF go with each page: the ones metadata.yaml names for it (`image:`,
 * `pdf:`), else the file of its base name (005_x.txt ↔ 005_x.jpg, 005_x.pdf, any case of
 * extension). Takes the source (.txt) names, the page file names in content/sources (and given
 * with them), what metadata.yaml names, and how to show a name. Gives source → its files (only
 * sources that have any). Throws IngestError, naming the file, for: two images (or PDFs) of one
 * base name and metadata choosing neither; one file named for two pages; an image format the
 * site cannot show beside a page; and a page file that goes with no page (a misspelt name
 * would otherwise be silently left out).
 */
export function pairPageFiles(
  sources: readonly string[],
  pageFiles: readonly string[],
  named: ReadonlyMap<string, PageFileNames>,
  show: (name: string) => string,
): Map<string, PageFileNames> {
  const byStem = new Map<string, string[]>();
  for (const file of pageFiles) byStem.set(stemOf(file), [...(byStem.get(stemOf(file)) ?? []), file]);
  const used = new Map<string, string>();
  const use = (file: string, source: string) => {
    const other = used.get(file);
    if (other !== undefined && other !== source) {
      throw new IngestError({
        file: show(file),
        message: `同一个文件被指给了两个版面：${other} 和 ${source}（one page file for two pages）`,
        hint: '每一版有自己的版面图和 PDF；请改正 content/sources/metadata.yaml 中的 image: 或 pdf:',
      });
    }
    used.set(file, source);
  };
  const out = new Map<string, PageFileNames>();
  for (const source of sources) {
    const mine = byStem.get(stemOf(source)) ?? [];
    const given = named.get(source) ?? {};
    const files: PageFileNames = {};
    for (const kind of ['image', 'pdf'] as const) {
      if (given[kind] !== undefined) {
        files[kind] = given[kind];
        continue;
      }
      const candidates = mine.filter((f) => pageFileKind(f) === kind);
      if (candidates.length > 1) {
        throw new IngestError({
          file: show(candidates[1]),
          message: `${source} 有两个同名的${kind === 'image' ? '版面图' : ' PDF'}：${candidates.join('、')}（two ${kind} files for one page）`,
          hint: `只留一个，或在 content/sources/metadata.yaml 中为 ${source} 写明 ${kind}: 用哪一个`,
        });
      }
      if (candidates.length === 1) files[kind] = candidates[0];
    }
    const unsupported = mine.find((f) => pageFileKind(f) === 'unsupported');
    if (unsupported !== undefined && files.image === undefined) {
      throw new IngestError({
        file: show(unsupported),
        message: `${UNSUPPORTED_EXTENSIONS[path.extname(unsupported).toLowerCase()]} 格式的版面图网页无法显示（unsupported image format）`,
        hint: `请另存为 JPEG（${stemOf(unsupported)}.jpg）、PNG 或 WebP`,
      });
    }
    if (files.image !== undefined) use(files.image, source);
    if (files.pdf !== undefined) use(files.pdf, source);
    if (files.image !== undefined || files.pdf !== undefined) out.set(source, files);
  }
  for (const file of pageFiles) {
    const kind = pageFileKind(file);
    if (kind === 'unsupported' || used.has(file)) continue;
    const withSameStem = byStem.get(stemOf(file))!.some((f) => f !== file && used.has(f));
    throw new IngestError({
      file: show(file),
      message: withSameStem
        ? `这一版已经有别的${kind === 'image' ? '版面图' : ' PDF'}，这个文件没有用上（page file not used）`
        : `没有同名的版面文本 ${stemOf(file)}.txt，metadata.yaml 也没有把它指给哪一版（page file without a page）`,
      hint: withSameStem
        ? '删去不用的文件，或改正 content/sources/metadata.yaml 中的 image: / pdf:'
        : `请把它改成与那一版文本相同的文件名（如 005_x.txt 配 005_x.jpg、005_x.pdf），或在 content/sources/metadata.yaml 中为那一版写 ${kind}: ${file}`,
    });
  }
  return out;
}
