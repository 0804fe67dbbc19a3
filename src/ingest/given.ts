/**
 * What the staff give besides the text: a page's date, page number and page name, from the
 * command line (`--date`, `--page`), from the file name (2026-11-30_03.txt, 20261130-03.txt,
 * 2026-11-30-03-要闻.txt, dtrb-20261130-03.txt), and from content/sources/metadata.yaml
 * (metadata.ts). Format and rules: docs/metadata.md.
 *
 * Flags apply to the files given with them and are written into metadata.yaml (in the same
 * atomic write as the entries), so later re-ingests keep them. The file name is read on every
 * ingest. Where the file name and metadata.yaml or the flags both say something and disagree,
 * the ingest refuses: one of them is a mistake.
 */
import { isMap, isScalar, parseDocument, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { IngestError } from './errors.ts';
import { checkDate, MAX_PAGE, type SourceMeta } from './metadata.ts';
import { chineseNumber } from './patterns.ts';

export interface GivenFlags {
  /** --date YYYY-MM-DD, for every file given. */
  date?: string;
  /** --page N, for the one file given. */
  page?: string;
}

/**
 * A date, optionally a page number and a page name, at the start of a file name (after an
 * optional letter prefix such as dtrb-): 2026-11-30_03.txt, 20261130-03.txt,
 * 2026-11-30-03-要闻.txt, 2026-11-30.txt; the page also as staff write it, 第3版, 3版, 第三版, 003
 * (2026-11-30_第3版.txt, 20261130_003.txt).
 */
const DATED_NAME =
  /^(?:[A-Za-z]+[-_])?(?:(\d{4})-(\d{2})-(\d{2})|(\d{4})(\d{2})(\d{2}))(?:[-_ ](?:第\s*)?(\d{1,3}|[一二三四五六七八九十]{1,3})(?:\s*版)?(?=[-_ .]))?(?:[-_ ]([^.\\/]+?))?\.txt$/;

/** A page name that still holds a page number in a form not read above (第3-4版, p3): the staff meant a page. */
const PAGE_IN_NAME = /[0-9０-９一二三四五六七八九十]\s*版|^第|^[Pp]\d/;

/** A date at the start of a name written another way: 2026.12.02, 2026年12月2日, 2026-12-2, 2026/12/02. */
const LOOSE_DATE = /^(?:[A-Za-z]+[-_])?(\d{4})\s*[-_./年]\s*(\d{1,2})\s*[-_./月]\s*(\d{1,2})日?/;

/**
 * A name whose date is written another way (2026.12.02_03.txt, 2026年12月2日第3版.txt), as the
 * form DATED_NAME reads (2026-12-02_03.txt, 2026-12-02_第3版.txt); the name itself otherwise. Pure.
 */
function withReadableDate(name: string): string {
  if (DATED_NAME.test(name)) return name;
  const m = LOOSE_DATE.exec(name);
  if (!m) return name;
  const date = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  const rest = name.slice(m[0].length).replace(/^[-_ ]+/, '');
  return rest === '.txt' || rest === '' ? `${date}.txt` : `${date}_${rest}`;
}

/**
 * The date, page and page name a source's file name carries ({} when it carries none); a date
 * written another way (2026.12.02, 2026年12月2日) is read too. `pageGiven`: the page comes with
 * --page, so a part of the name that only looks like a page (p3) is no mistake.
 * Throws IngestError (naming `displayPath`) when the name has the shape of a dated name but its
 * date does not exist, is before 1900 or after tomorrow, or its page is not 1 to 99.
 */
export function fileNameMeta(name: string, displayPath: string, today?: string, options: { pageGiven?: boolean } = {}): SourceMeta {
  const m = DATED_NAME.exec(withReadableDate(name));
  if (!m) return {};
  const refuse = (_line: number | undefined, message: string, hint: string): never => {
    throw new IngestError({ file: displayPath, message: `文件名中的${message}`, hint: `${hint}；或改正文件名` });
  };
  const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  const meta: SourceMeta = { date: checkDate(`${y}-${mo}-${d}`, today, undefined, refuse) };
  if (m[7] !== undefined) {
    const page = chineseNumber(m[7]);
    if (page < 1 || page > MAX_PAGE) refuse(undefined, `版次 ${m[7]} 不是 1 到 ${MAX_PAGE} 的整数（page must be 1 to ${MAX_PAGE}）`, '第一版写 01');
    meta.page = page;
  }
  if (m[8] !== undefined && m[8].trim() !== '') {
    const pageName = m[8].trim();
    if (PAGE_IN_NAME.test(pageName)) {
      // Given with --page, the page is known: what the name seemed to say is left aside.
      if (options.pageGiven) return meta;
      refuse(undefined, `“${pageName}”像是版次，但读不出是第几版（page number not understood）`, `版次请写在日期后，如 ${y}-${mo}-${d}_03.txt 或 ${y}-${mo}-${d}_第3版.txt，或用 --page 3 给出`);
    }
    meta.pageName = pageName;
  }
  return meta;
}

/**
 * Checks the flags against the files given: --date and --page need files, --page a single
 * one; the date as in metadata.yaml, the page 1 to 99. Returns them as metadata fields.
 * Throws IngestError naming the flag, marked as a usage mistake (exit code 2).
 */
export function flagMeta(flags: GivenFlags, files: readonly string[], today?: string): SourceMeta {
  const meta: SourceMeta = {};
  const hint = '用法：npm run ingest -- --date YYYY-MM-DD [--page N] 文件…（见 docs/metadata.md）';
  if ((flags.date !== undefined || flags.page !== undefined) && files.length === 0) {
    const flag = flags.date !== undefined ? '--date' : '--page';
    // The date or page left out, the file after the flag is read as its value (--date 2026-11-30_03.txt).
    const value = flags.date ?? flags.page ?? '';
    if (/[\/\\]|\.(?:txt|jpe?g|pdf)$/i.test(value)) {
      throw new IngestError({ file: flag, message: `后面应是${flag === '--date' ? '日期' : '版次'}，这里是文件“${value}”（${flag} needs a value before the files）`, hint, usage: true });
    }
    throw new IngestError({ file: flag, message: '只用于命令行上给出的文件，这里没有给出文件（no files given）', hint, usage: true });
  }
  if (flags.date !== undefined) {
    meta.date = checkDate(flags.date, today, undefined, (_line, message, why) => {
      // The example is written as the option is, not as metadata.yaml's field; a date written
      // another way (2026/12/02) is shown as it should be typed.
      const meant = LOOSE_DATE.exec(flags.date!)?.[0] === flags.date ? withReadableDate(`${flags.date}.txt`).replace(/\.txt$/, '') : null;
      const hint = meant && meant !== flags.date ? `应写 --date ${meant}` : why.replace('date: ', '--date ');
      throw new IngestError({ file: '--date', message, hint, usage: true });
    });
  }
  if (flags.page !== undefined) {
    if (files.length > 1) {
      throw new IngestError({ file: '--page', message: `--page 只能用于一个文件，这里给了 ${files.length} 个（--page takes a single file）`, hint: '每个版面单独运行一次，或在文件名里写上版次（如 2026-11-30_03.txt）', usage: true });
    }
    if (!/^\d{1,2}$/.test(flags.page) || Number(flags.page) < 1 || Number(flags.page) > MAX_PAGE) {
      throw new IngestError({ file: '--page', message: `版次须为 1 到 ${MAX_PAGE} 的整数，这里是“${flags.page}”（page must be 1 to ${MAX_PAGE}）`, hint: '例如第三版写 --page 3', usage: true });
    }
    meta.page = Number(flags.page);
  }
  return meta;
}

const FIELD_WORDS: Record<string, string> = { date: '日期', page: '版次', pageName: '版名' };

/**
 * A source's metadata from all that was given: metadata.yaml (with the flags already written
 * into it) and the file name. Throws IngestError naming the file when the two disagree.
 */
export function mergeGiven(name: string, displayPath: string, fromMetadata: SourceMeta, fromName: SourceMeta, flagged: SourceMeta): SourceMeta {
  for (const key of ['date', 'page', 'pageName'] as const) {
    const named = fromName[key];
    const stated = fromMetadata[key];
    if (named === undefined || stated === undefined || named === stated) continue;
    const by = flagged[key] !== undefined ? `命令行 --${key}` : 'content/sources/metadata.yaml';
    throw new IngestError({
      file: displayPath,
      message: `文件名写的${FIELD_WORDS[key]}是 ${named}，${by} 给的是 ${stated}（file name and ${flagged[key] !== undefined ? 'flag' : 'metadata'} disagree）`,
      hint: `请确认哪个对：改正文件名 ${name}，或改正${by === 'content/sources/metadata.yaml' ? ' metadata.yaml 中的这一项' : ' --' + key}`,
    });
  }
  return { ...fromName, ...fromMetadata };
}

/**
 * metadata.yaml's text with the flags written in for each of `names` (comments and the other
 * entries kept as they were); a new file when `text` is null.
 */
export function metadataWithFlags(text: string | null, names: readonly string[], flagged: SourceMeta): string {
  const doc = parseDocument(text ?? '');
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
    if (text === null || text.trim() === '') doc.commentBefore = ' 版面元数据：每个来源文件的出版日期、版次、版名（见 docs/metadata.md）';
  }
  if (!isMap(doc.contents)) return text ?? ''; // parseMetadata refuses it, naming the line
  const top = doc.contents as YAMLMap;
  for (const name of names) {
    const pair = top.items.find((p) => isScalar(p.key) && p.key.value === name) as Pair<Scalar, unknown> | undefined;
    if (pair && isMap(pair.value)) {
      const fields = pair.value;
      const put = (key: string, value: string | number) => {
        const node = fields.get(key, true);
        // Changing the scalar in place keeps a comment written after it.
        if (isScalar(node)) node.value = value;
        else fields.set(key, value);
      };
      if (flagged.date !== undefined) put('date', flagged.date);
      if (flagged.page !== undefined) put('page', flagged.page);
      continue;
    }
    const fields: Record<string, unknown> = {};
    if (flagged.date !== undefined) fields.date = flagged.date;
    if (flagged.page !== undefined) fields.page = flagged.page;
    const created = doc.createPair(name, fields) as Pair<Scalar, unknown>;
    const key = doc.createNode(name) as Scalar;
    if (top.items.length > 0) key.spaceBefore = true;
    created.key = key;
    if (pair) top.items[top.items.indexOf(pair)] = created;
    else top.items.push(created);
  }
  return String(doc);
}
