/**
 * The staff's metadata file, content/sources/metadata.yaml (optional; format in
 * docs/metadata.md): for each source file, the issue date, the page number (版次), the page
 * name (版名), and whether it replaces a page already in the archive.
 *
 *   000_a25d01534798cd06.txt:
 *     date: 2025-12-28
 *     page: 1
 *     pageName: 要闻
 *
 * A page's image and PDF (版面图, docs/metadata.md) may be named too, when their names are not
 * the page's own (`image: 第1版.jpg`, `pdf: 第1版.pdf`).
 *
 * Everything the staff can get wrong is refused with the file and line and what to write.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { closest } from './closest.ts';
import { IngestError } from './errors.ts';
import { pageFileKind } from './page-files.ts';
import { localToday } from './today.ts';
import { isCalendarDay } from '../schema/day.ts';

export const METADATA_FILE = 'metadata.yaml';

export type SourceMeta = { date?: string; page?: number; pageName?: string; replace?: boolean; image?: string; pdf?: string };

export interface MetadataOptions {
  /** Names of the files in content/sources; when given, an entry for any other name is refused. */
  sourceNames?: readonly string[];
  /** Today's date (YYYY-MM-DD, local time); dates more than a day after it are refused. */
  today?: string;
  /** Names of the page images and PDFs in content/sources (and given with the run); when given, `image:` and `pdf:` must name one of them. */
  pageFileNames?: readonly string[];
  /**
   * When the text read is not the file on disk (this run's --date and --page written in, --remove'd
   * entries taken out): a line of the text → its line in the file on disk, undefined for a line
   * only this run wrote. Messages name the lines on disk.
   */
  diskLine?: (line: number) => number | undefined;
  /** The files given on the command line with --date or --page, and those flags as typed: a message says their date and page came from there. */
  commandLine?: { names: ReadonlySet<string>; flags: string };
}

const KEYS = ['date', 'page', 'pageName', 'replace', 'image', 'pdf'] as const;
type Key = (typeof KEYS)[number];
/** Page numbers are two digits in section ids (2025-12-28-01). */
export const MAX_PAGE = 99;
const EARLIEST_YEAR = 1900;
const DOC_HINT = '格式见 docs/metadata.md';
/**
 * A line whose name or field ends in a full-width colon before any half-width one: 2026-12-02_02.txt：,
 * date： 2025-12-28, date：2025-12-28 (a Chinese input method puts no space after it). A field's name
 * or a file's name before it, or a space or the line's end after it.
 */
const FULL_WIDTH_COLON = /^(\s*(?:date|page|pageName|replace|image|pdf|[^\s#:：][^:：]*?\.txt))：|^(\s*[^\s#:：][^:：]*?)：(?:\s|$)/i;

export function parseMetadata(text: string, file: string, options: MetadataOptions = {}): Map<string, SourceMeta> {
  const lines = new LineCounter();
  // Duplicate names are checked below with a Set: the YAML library's own check compares every
  // key with every other, which takes seconds once the file lists a few years of pages.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  const lineOf = (node: Node | null | undefined) => {
    const line = node?.range ? lines.linePos(node.range[0]).line : undefined;
    return line === undefined || !options.diskLine ? line : options.diskLine(line);
  };
  const refuse = (line: number | undefined, message: string, hint: string): never => {
    throw new IngestError({ file, line, message, hint });
  };

  // A full-width colon after a name or a field (date： 2025-12-28), the slip a Chinese keyboard makes:
  // YAML reads the line as something else and its own message would not say why.
  text.split('\n').forEach((raw, i) => {
    const slip = FULL_WIDTH_COLON.exec(raw);
    if (slip) {
      const line = options.diskLine ? options.diskLine(i + 1) : i + 1;
      refuse(line, `“${(slip[1] ?? slip[2]).trim()}”后面用了全角冒号“：”（full-width colon）`, '请改为半角冒号“:”，冒号后空一格');
    }
  });

  for (const error of doc.errors) {
    const line = error.linePos?.[0].line;
    refuse(line === undefined || !options.diskLine ? line : options.diskLine(line), yamlErrorMessage(error.code, error.message), `请按 YAML 格式修改；${DOC_HINT}`);
  }

  const result = new Map<string, SourceMeta>();
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return result;
  if (!isMap(doc.contents)) {
    refuse(lineOf(doc.contents), '元数据文件的顶层应是“文件名: 字段”的映射（top level must be a map of file names）', DOC_HINT);
  }
  const top = doc.contents as unknown as { items: Pair<Node, Node | null>[] };

  const today = options.today ?? localToday();
  const known = options.sourceNames ? new Set(options.sourceNames) : null;
  const seen = new Set<unknown>();
  for (const pair of top.items) {
    const keyLine = lineOf(pair.key);
    const name = isScalar(pair.key) ? pair.key.value : undefined;
    if (seen.has(name)) refuse(keyLine, yamlErrorMessage('DUPLICATE_KEY', 'Map keys must be unique'), `请按 YAML 格式修改；${DOC_HINT}`);
    seen.add(name);
    if (typeof name !== 'string' || name.trim() === '') {
      refuse(keyLine, '每一项须以来源文件名开头（entry must start with a source file name）', `例如 000_a25d01534798cd06.txt:；${DOC_HINT}`);
    }
    const source = name as string;
    if (/[\\/]/.test(source)) {
      refuse(keyLine, `“${source}”含有路径；只写 content/sources/ 里的文件名`, '去掉目录部分，只留文件名');
    }
    if (options.sourceNames && !known!.has(source)) {
      const guess = closest(source, options.sourceNames);
      refuse(
        keyLine,
        `content/sources/ 里没有“${source}”这个文件（no such source file）`,
        guess ? `是不是“${guess}”？请改正文件名，或删去这一项` : '请改正文件名，或删去这一项',
      );
    }
    result.set(source, parseEntry(pair.value, source, keyLine, today, lineOf, refuse, options.pageFileNames));
  }

  checkPageCollisions(result, top.items, lineOf, refuse, options.commandLine);
  return result;
}

function parseEntry(
  value: Node | null,
  source: string,
  keyLine: number | undefined,
  today: string,
  lineOf: (node: Node | null | undefined) => number | undefined,
  refuse: (line: number | undefined, message: string, hint: string) => never,
  pageFileNames: readonly string[] | undefined,
): SourceMeta {
  if (value === null || (isScalar(value) && value.value === null)) {
    refuse(keyLine, `“${source}”下面没有任何字段（no fields）`, `在下一行缩进两格写 date: / page: / pageName:，或删去这一项；${DOC_HINT}`);
  }
  if (!isMap(value)) {
    refuse(lineOf(value) ?? keyLine, `“${source}”的值应是字段映射（${KEYS.join('、')}）`, `每个字段另起一行，缩进两格；${DOC_HINT}`);
  }
  const meta: SourceMeta = {};
  const seen = new Set<string>();
  for (const field of (value as unknown as { items: Pair<Node, Node | null>[] }).items) {
    const key = isScalar(field.key) ? String(field.key.value) : '';
    const line = lineOf(field.key);
    if (seen.has(key)) refuse(line, yamlErrorMessage('DUPLICATE_KEY', 'Map keys must be unique'), `请按 YAML 格式修改；${DOC_HINT}`);
    seen.add(key);
    if (!(KEYS as readonly string[]).includes(key)) {
      const guess = closest(key, KEYS);
      refuse(
        line,
        `未知字段“${key}”（unknown key）；可用的字段：${KEYS.join('、')}`,
        guess ? `是不是“${guess}”？` : DOC_HINT,
      );
    }
    const raw = isScalar(field.value) ? field.value.value : field.value?.toJSON();
    const valueLine = lineOf(field.value) ?? line;
    switch (key as Key) {
      case 'date':
        meta.date = checkDate(raw, today, valueLine, refuse);
        break;
      case 'page':
        // A quoted number is text to YAML: say so, or the message reads “须为整数，这里是“3””.
        if (typeof raw === 'string' && /^\s*\d{1,2}\s*$/.test(raw)) {
          refuse(valueLine, `版次 page 须为 1 到 ${MAX_PAGE} 的整数，这里加了引号，是文字“${raw}”（page must be a number, not quoted text）`, `去掉引号，写成 page: ${Number(raw)}`);
        }
        if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1 || raw > MAX_PAGE) {
          refuse(valueLine, `版次 page 须为 1 到 ${MAX_PAGE} 的整数，这里是“${show(raw)}”（page must be a positive integer）`, '例如第一版写 page: 1');
        }
        meta.page = raw as number;
        break;
      case 'pageName':
        // A name YAML reads as a number or true/false (3.10, 2026, true) is kept as typed only in quotes.
        if (typeof raw === 'number' || typeof raw === 'boolean') {
          const typed = isScalar(field.value) && typeof field.value.source === 'string' ? field.value.source : show(raw);
          refuse(valueLine, `版名 pageName 须为一行文字，这里的 ${typed} 被 YAML 读成了${typeof raw === 'number' ? '数字' : ' true/false'}（page name must be text）`, `加上引号：pageName: "${typed}"`);
        }
        if (typeof raw !== 'string' || raw.trim() === '' || /\n/.test(raw)) {
          refuse(valueLine, `版名 pageName 须为一行文字，这里是“${show(raw)}”`, '例如 pageName: 要闻');
        }
        meta.pageName = (raw as string).trim();
        break;
      case 'replace':
        if (typeof raw !== 'boolean') {
          refuse(valueLine, `replace 只能是 true 或 false，这里是“${show(raw)}”`, '要用这个文件替换档案中同一天同一版的旧版面，写 replace: true；否则删去这一行');
        }
        meta.replace = raw as boolean;
        break;
      case 'image':
      case 'pdf':
        meta[key as 'image' | 'pdf'] = checkPageFileName(key as 'image' | 'pdf', raw, valueLine, refuse, pageFileNames);
        break;
    }
  }
  return meta;
}

/**
 * A date the staff give (metadata.yaml, --date, a file name): YYYY-MM-DD, a real day, from
 * 1900 to tomorrow. Returns it; otherwise calls `refuse` with the line, what is wrong and the fix.
 */
export function checkDate(
  raw: unknown,
  today: string = localToday(),
  line: number | undefined,
  refuse: (line: number | undefined, message: string, hint: string) => never,
): string {
  const text = typeof raw === 'string' ? raw.trim() : String(raw);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (typeof raw !== 'string' || !match) {
    refuse(line, `日期 date 须写成 YYYY-MM-DD，这里是“${show(raw)}”（date must be YYYY-MM-DD）`, '例如 date: 2025-12-28');
  }
  const year = Number(match![1]);
  if (!isCalendarDay(text)) {
    refuse(line, `日期 ${text} 不存在（impossible date）`, '请核对年月日');
  }
  if (year < EARLIEST_YEAR) {
    refuse(line, `日期 ${text} 早于 ${EARLIEST_YEAR} 年，不可能是本报的出版日期`, '请核对年份');
  }
  if (text > addDays(today, 1)) {
    refuse(line, `日期 ${text} 在未来（今天是 ${today}）`, '请核对年月日');
  }
  return text;
}

/**
 * A page image or PDF named in metadata.yaml: a bare file name with the extension of its kind
 * (.jpg/.jpeg/.png/.webp for `image`, .pdf for `pdf`), of a file in content/sources when the
 * names there are known. Returns it; otherwise calls `refuse` with the line and the fix.
 */
function checkPageFileName(
  kind: 'image' | 'pdf',
  raw: unknown,
  line: number | undefined,
  refuse: (line: number | undefined, message: string, hint: string) => never,
  known: readonly string[] | undefined,
): string {
  const what = kind === 'image' ? '版面图 image' : '版面 PDF pdf';
  const example = kind === 'image' ? 'image: 2026-11-30_01.jpg' : 'pdf: 2026-11-30_01.pdf';
  if (typeof raw !== 'string' || raw.trim() === '' || /\n/.test(raw)) {
    refuse(line, `${what} 须是一个文件名，这里是“${show(raw)}”`, `例如 ${example}`);
  }
  const name = (raw as string).trim();
  if (/[\\/]/.test(name)) refuse(line, `${what}“${name}”含有路径；只写 content/sources/ 里的文件名`, '把文件放进 content/sources/，这里只写文件名');
  if (pageFileKind(name) !== kind) {
    refuse(
      line,
      `${what}“${name}”${kind === 'image' ? '不是 .jpg、.jpeg、.png 或 .webp 文件' : '不是 .pdf 文件'}（wrong kind of file）`,
      kind === 'image' ? '版面图须另存为 JPEG、PNG 或 WebP' : `例如 ${example}`,
    );
  }
  if (known && !known.includes(name)) {
    const guess = closest(name, known.filter((n) => pageFileKind(n) === kind));
    refuse(line, `content/sources/ 里没有“${name}”这个文件（no such page file）`, guess ? `是不是“${guess}”？请改正文件名，或把文件放进 content/sources/` : '请把文件放进 content/sources/，或改正文件名');
  }
  return name;
}

/**
 * Two sources for the same date and page: refused unless exactly one of them says replace. The
 * message names where each claim comes from: its entry's line in the file, or the command line
 * (`commandLine`) for a file given there with --date or --page.
 */
function checkPageCollisions(
  metas: Map<string, SourceMeta>,
  items: Pair<Node, Node | null>[],
  lineOf: (node: Node | null | undefined) => number | undefined,
  refuse: (line: number | undefined, message: string, hint: string) => never,
  commandLine: MetadataOptions['commandLine'],
): void {
  const lineOfSource = new Map(items.map((p) => [isScalar(p.key) ? String(p.key.value) : '', lineOf(p.key)]));
  const byPage = new Map<string, string[]>();
  for (const [source, meta] of metas) {
    if (meta.date === undefined || meta.page === undefined) continue;
    const key = `${meta.date} 第${meta.page}版`;
    byPage.set(key, [...(byPage.get(key) ?? []), source]);
  }
  for (const [page, sources] of byPage) {
    if (sources.length < 2) continue;
    const replacing = sources.filter((s) => metas.get(s)!.replace === true);
    if (replacing.length === 1 && sources.length === 2) continue;
    const [first, second] = sources;
    const given = (s: string) => commandLine?.names.has(s) ?? false;
    const claim = (s: string) => {
      const line = lineOfSource.get(s);
      if (!given(s)) return `“${s}”（第 ${line} 行）`;
      return `命令行 ${commandLine!.flags} 给出的“${s}”${line === undefined ? '' : `（这一项在第 ${line} 行）`}`;
    };
    // The line named is an entry the file has, the newcomer's when both are there.
    const [older, newer] = given(first) && !given(second) ? [second, first] : [first, second];
    const line = lineOfSource.get(newer) ?? lineOfSource.get(older);
    refuse(
      line,
      `${page} 出现了${sources.length > 2 ? ` ${sources.length} 次，其中有` : '两次：'}${claim(older)}和${claim(newer)}${replacing.length > 1 ? '，都写了 replace: true' : ''}（same page twice）`,
      replacing.length > 1
        ? `同一天同一版只能有一个来源文件；只在更新的那个文件那一项写 replace: true，删去另一项的 replace`
        : given(newer)
          ? `同一天同一版只能有一个来源文件；如果“${newer}”是要替换“${older}”的新文本，在这个文件里为它写一项 replace: true（“${newer}:”，下一行缩进两格写 replace: true），再运行同一条命令；否则改正日期或版次`
          : '同一天同一版只能有一个来源文件；如果新文件是要替换旧的，在新文件那一项写 replace: true，否则改正日期或版次',
    );
  }
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}


function show(value: unknown): string {
  return value === null || value === undefined ? '（空）' : typeof value === 'string' ? value : JSON.stringify(value);
}

function yamlErrorMessage(code: string, message: string): string {
  const reasons: Record<string, string> = {
    DUPLICATE_KEY: '同一个名字出现了两次',
    BAD_INDENT: '缩进不对',
    TAB_AS_INDENT: '用了制表符（Tab）缩进，YAML 只能用空格',
    MISSING_CHAR: '缺少字符（如引号或括号没有配对）',
    BLOCK_AS_IMPLICIT_KEY: '缩进或冒号不对',
    MULTILINE_IMPLICIT_KEY: '缩进或冒号不对',
  };
  const english = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return `YAML 格式错误：${reasons[code] ?? '无法解析'}（${english}）`;
}
