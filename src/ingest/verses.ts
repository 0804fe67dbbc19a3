/**
 * A poem's verses (measured on the 副刊 pages of tests/fixtures/other-papers): short lines that
 * read as title lines by themselves, under a headline and its writer.
 */
import type { LineKind } from './blocks.ts';
import type { Line } from './lines.ts';
import { isArtistCredit, isByline, isCreditLine, isWorkTitle, parseDateline } from './patterns.ts';
import { isCommonSurname } from './surnames.ts';
import { readsAsColumnName } from './title-run.ts';
import { isName } from './writer-line.ts';

/** The longest line read as a verse of a poem. */
const LONGEST_VERSE = 20;

/** How many such lines make a poem rather than a headline or two. */
const FEWEST_VERSES = 3;

/** A short line without heading marks whose only stop, if any, ends it, opening with no dateline (本报讯　……): a poem's verse. */
function isVerse(line: Line): boolean {
  const { text } = line;
  return line.headingMarks === 0 && text.length <= LONGEST_VERSE && !/[。！？；!?;]/.test(text.slice(0, -1)) && !isCreditLine(text) && !isByline(text) && parseDateline(text) === null;
}

/** A headline that says it heads poems: 梯田（外一首）, 草原组诗（三首）, 山居组诗. */
const POEM_TITLE = /[（(](?:外[一二三四五六七八九十两]首|[一二三四五六七八九十两0-9０-９]+首|组诗)[）)]$|组诗/;

/** A poet's name alone: two to four Han characters, or a name spaced to a width (芮  岚), perhaps after a writer's mark (■ 陈可风: set fk). */
const POET = /^(?:[■□◆●○◇◎][ \u3000]*)?(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,2}[ \u3000]{1,4}[\u4e00-\u9fff]{1,2})$/;

/**
 * Where a poem ends before line `i`: that line names the next piece's column (散文, 书讯, 诗路),
 * or heads a piece whose text opens with a dateline (《某书》出版发行 / 本报讯……), or stands right
 * over the next writer's line, over a `#` headline printed with it, or over a subheadline (在文字里重回故乡 / ——读散文集《某某》: set s of
 * other papers' pages), which only a headline has.
 */
function nextPieceAt(lines: Line[], kinds: LineKind[], i: number, apart = false): boolean {
  // A work's title by its medium (山村新雪（中国画）) heads the picture after the poems, never a verse.
  if (readsAsColumnName(lines[i].text) || kinds[i + 1] === 'byline' || isWorkTitle(lines[i].text.trim())) return true;
  // Printed tight over a `#` headline, it is that headline's kicker (花地·人间 / # 某某: set ao).
  if (lines[i + 1]?.headingMarks > 0 && !lines[i + 1].afterBlank) return true;
  // Where the verses stand apart (a blank line between each), a line printed tight over a title
  // line is of that headline's block: the next piece's kicker (人间烟火 / 月饼模子: set cm).
  if (apart && kinds[i + 1] === 'title' && lines[i + 1] !== undefined && !lines[i + 1].afterBlank) return true;
  const under = lines[i + 1]?.text.trim();
  if (under !== undefined && kinds[i + 1] === 'text' && isProse(under)) return true;
  return under !== undefined && (parseDateline(under) !== null || /^——[^—]/.test(under));
}

/**
 * A paragraph of prose: longer than any verse and ending its sentence. The line right over one
 * heads the next piece, an essay printed after the poem with no writer's line over its text (那年的
 * 槐花饭 / 又到槐花开的时节。……). In the truths of all sets and rmrb-2019, of the 18 verse-like runs
 * under a headline and its writer's line that reach a paragraph of prose, in 17 the line over it is
 * the next piece's headline (a 编后, a 文讯 box, an essay, a brief opening 本报讯), in 1 (a home's
 * particulars, no poem) a line of the same piece.
 */
function isProse(text: string): boolean {
  return text.length > LONGEST_VERSE && /[。！？][”’」』]?$/.test(text);
}

/**
 * A writer's name alone (冼一鸣, 裘  远: writer-line.ts) under a title line, over three or more
 * verses holding no figure, label (：) or —— line: a poem's writer's line, where the page prints it
 * bare, as a 副刊 page may. In the truths of all sets and rmrb-2019, a short title after a finished
 * paragraph over such a name and verses is a poem's headline and the name its writer all 15 times
 * (5 headlines say 外一首); the other 2 such runs are no title's (a closing note, a poet's name over
 * a section's title). Kicker lines over a headline and its —— line (石榴籽 / 四十年的“亲戚” / ——记……)
 * and a name list by place (杭州市 / 陈某某　某公司技师) are kept out by the ——, figure and surname tests.
 * 冼 joined the common surnames for it (冼若川, 冼一鸣: sets ao, dg).
 */
function bareWriterOverVerses(lines: Line[], kinds: LineKind[], i: number): boolean {
  if (kinds[i] !== 'title' || !isName(lines[i].text.trim())) return false;
  let end = i + 1;
  while (end < lines.length && kinds[end] === 'title' && isVerse(lines[end]) && !/[0-9０-９：:]|^——/.test(lines[end].text) && !nextPieceAt(lines, kinds, end)) end++;
  return end - (i + 1) >= FEWEST_VERSES;
}

/**
 * Marks a poem's verses, in place: under a headline and its writer's line (初冬的河 / □ 柯 远 /
 * 一条河把秋天送走 / 又把第一场霜 / …), three or more short lines with no stop inside are
 * `verse`, each a paragraph of its own that the blocks stage never joins to the next. Under a
 * headline that says it heads poems (梯田（外一首）), a bare name is the writer's line. The verses
 * end where the next piece begins (`nextPieceAt`). Takes the page's lines and their kinds so far;
 * never throws. Measured on the 副刊 pages of the other papers (sets c–h, k).
 */
export function markVerses(lines: Line[], kinds: LineKind[]): void {
  kinds.forEach((k, i) => {
    if (kinds[i - 1] !== 'title') return;
    // A work's title by its medium over its maker's credit (龙狮闹春（国画） / 某　某　作) is a picture's piece, whole: the
    // short lines under it (元宵灯谜 / 1．……) are the next piece's, no verses (set zzu).
    if (isWorkTitle(lines[i - 1].text.trim()) && isArtistCredit(lines[i].text.trim())) return;
    const poet = k === 'byline' || (POEM_TITLE.test(lines[i - 1].text) && POET.test(lines[i].text.trim())) || bareWriterOverVerses(lines, kinds, i);
    if (!poet) return;
    let end = i + 1;
    // Verses printed indented end at a flush line: the next piece's kicker or column (军营故事 / 一封迟到的家书: set ad).
    const indented = lines[i + 1]?.indented === true;
    const apart = lines[i + 1]?.afterBlank === true && lines[i + 2]?.afterBlank === true;
    const poems = POEM_TITLE.test(lines[i - 1].text);
    const goesOn = (at: number) => ['title', 'subhead', 'text'].includes(kinds[at]) && isVerse(lines[at]) && (!indented || lines[at].indented);
    while (end < lines.length && goesOn(end) && (!nextPieceAt(lines, kinds, end, apart) || (poems && (nextPoemTitle(lines, kinds, end, apart, goesOn) || spacedPoemTitleUnder(lines, kinds, end, apart, goesOn))))) end++;
    if (end - (i + 1) < FEWEST_VERSES) return;
    kinds[i] = 'byline';
    for (let v = i + 1; v < end; v++) kinds[v] = 'verse';
  });
}

/**
 * Line `at`, inside the verses under a headline that says it heads poems (修书人（外一首）), is the next poem's title, though
 * it reads by itself as a column's name (扫描): it stands over three verses or more of its own, the next piece not begun
 * among them. A column's name stands over a headline and prose (set wj: the second poem's title and lines had each headed
 * a piece of its own).
 */
function nextPoemTitle(lines: Line[], kinds: LineKind[], at: number, apart: boolean, goesOn: (at: number) => boolean): boolean {
  if (!readsAsColumnName(lines[at].text) || kinds[at + 1] === 'byline' || lines[at + 1]?.headingMarks > 0) return false;
  let end = at + 1;
  while (end < lines.length && goesOn(end) && !nextPieceAt(lines, kinds, end, apart)) end++;
  return end - (at + 1) >= FEWEST_VERSES;
}

/** Two characters set apart by a wide space, as a name is printed to a width (蝉　声, 柯　远). */
const SPACED_PAIR = /^[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]$/;

/**
 * Line `at + 1`, under a verse inside the poems of a headline that says it heads them (致某某（外一首）), is the second poem's
 * title though it is printed as a name is (蝉　声), where its first character is no surname: three verses or more stand under
 * it, the next piece not begun among them. It is then read as a verse line of the piece, not its writer's line (set xf: the
 * verse over it had headed a piece of its own). Marks that line `text`, in place, when it answers yes.
 */
function spacedPoemTitleUnder(lines: Line[], kinds: LineKind[], at: number, apart: boolean, goesOn: (at: number) => boolean): boolean {
  const title = lines[at + 1]?.text.trim();
  if (kinds[at + 1] !== 'byline' || title === undefined || !SPACED_PAIR.test(title) || isCommonSurname(title[0])) return false;
  let end = at + 2;
  while (end < lines.length && goesOn(end) && !nextPieceAt(lines, kinds, end, apart)) end++;
  if (end - (at + 2) < FEWEST_VERSES) return false;
  kinds[at + 1] = 'text';
  return true;
}

/** A note in brackets naming a song's genre or an excerpt of one: （侗族大歌选段）, （彝族民歌）, （民歌）, （山歌）. */
const SONG_NOTE = /^[（(][^（）()]{0,12}(?:歌|谣|曲|调|选段|节选|唱词)[）)]$/;

/**
 * Marks a song's lines, in place: under a headline, a note in brackets naming the song's genre
 * (河边的凉亭 / （侗族大歌选段） / 河水弯弯绕寨流 / …) over three or more short lines with no stop inside:
 * the note and the lines are `verse`, paragraphs of the song's piece, never headlines of their own; a
 * singer's or translator's line after them (（某某　演唱　某某　译）) is one more, as short. They end
 * where the next piece begins (`nextPieceAt`). Where from: in the truths of all sets and rmrb-2019 the 3
 * such notes stand under a song's title over 7 to 9 such lines, each read as the song's (2 as its first
 * paragraph, 1 as its subheadline); set cz's blank-lines page had read each line as a headline. Takes the
 * page's lines and their kinds so far; never throws.
 */
export function markSongs(lines: Line[], kinds: LineKind[]): void {
  kinds.forEach((k, i) => {
    if (kinds[i - 1] !== 'title' || lines[i].headingMarks > 0 || !['title', 'subhead', 'text'].includes(k) || !SONG_NOTE.test(lines[i].text)) return;
    let end = i + 1;
    while (end < lines.length && ['title', 'subhead', 'text'].includes(kinds[end]) && isVerse(lines[end]) && !nextPieceAt(lines, kinds, end)) end++;
    if (end - (i + 1) < FEWEST_VERSES) return;
    for (let v = i; v < end; v++) kinds[v] = 'verse';
  });
}
