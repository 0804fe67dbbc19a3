import { describe, expect, it } from 'vitest';
import { parseCredits, splitNames } from '../../src/ingest/names.ts';
import { isWriterCredit } from '../../src/ingest/writer-credits.ts';

describe('authors from bylines and dateline brackets', () => {
  it.each([
    ['本报记者 董芳', [['董芳', '记者']]],
    ['□ 本报记者 任翔宇', [['任翔宇', '记者']]],
    ['记者任翔宇', [['任翔宇', '记者']]],
    ['记者 田雁 高燕 丁亚琴', [['田雁', '记者'], ['高燕', '记者'], ['丁亚琴', '记者']]],
    ['记者 郝雨 通讯员 李鹏', [['郝雨', '记者'], ['李鹏', '通讯员']]],
    ['记者 韩云峰 实习生 王艺霏', [['韩云峰', '记者'], ['王艺霏', '实习生']]],
    ['山西日报评论员', [['山西日报评论员', '评论员']]],
    ['本报记者  罗  进', [['罗进', '记者']]],
    ['本报记者  林晓岚  罗  进', [['林晓岚', '记者'], ['罗进', '记者']]],
    ['本报记者 林晓岚 本报通讯员 王平', [['林晓岚', '记者'], ['王平', '通讯员']]],
    ['青禾晚报-云帆新闻记者 柯  远 摄影 葛  晴', [['柯远', '记者'], ['葛晴', '摄影']]],
    ['■柯  远 本报特约记者 林晓岚', [['柯远', '作者'], ['林晓岚', '特约记者']]],
    ['□ 宁　泓', [['宁泓', '作者']]],
    ['□ 詹小渟', [['詹小渟', '作者']]],
    ['□ 柯　澜　林晓岚', [['柯澜', '作者'], ['林晓岚', '作者']]],
    // What each made, marked 文/ and 图/, and the paper each works for, are no names (a fresh user's find: 图/都市报 was an author).
    ['文/都市报记者　聂　萱　图/都市报记者　霍　澜', [['聂萱', '记者'], ['霍澜', '记者']]],
    ['文/本报记者 柯远 图/本报记者 林晓岚', [['柯远', '记者'], ['林晓岚', '记者']]],
    ['文/记者 赵六 图/记者 钱七', [['赵六', '记者'], ['钱七', '记者']]],
    ['本报记者 柯远 林晓岚 文/图', [['柯远', '记者'], ['林晓岚', '记者']]],
    ['文/晚报记者　柯　远　图/受访者提供', [['柯远', '记者']]],
    ['文／图　本报记者　柯　远', [['柯远', '记者']]],
  ])('%s', (text, expected) => {
    expect(parseCredits(text).map((a) => [a.name, a.role])).toEqual(expected);
  });

  it('splits names printed together, preferring names seen apart elsewhere', () => {
    expect(splitNames('田雁高燕')).toEqual(['田雁', '高燕']);
    expect(splitNames('李明璇郑苗苗')).toEqual(['李明璇', '郑苗苗']);
    expect(splitNames('丁亚琴')).toEqual(['丁亚琴']);
    expect(splitNames('欧阳修文')).toEqual(['欧阳修文']);
    expect(splitNames('郝雨李明璇', new Set(['郝雨']))).toEqual(['郝雨', '李明璇']);
    expect(parseCredits('记者 张彩峰陈云华').map((a) => a.name)).toEqual(['张彩峰', '陈云华']);
  });

  it('reads the writer named after 作者：, leaving the post in brackets out of the name', () => {
    expect(parseCredits('作者：柯远山（青禾大学政治学系教授）').map((a) => [a.name, a.role])).toEqual([['柯远山', '作者']]);
    expect(parseCredits('作者：葛  晴').map((a) => [a.name, a.role])).toEqual([['葛晴', '作者']]);
  });

  it('reads the roles of credits in traditional characters, keeping the names as printed', () => {
    expect(parseCredits('記者 柯遠 通訊員 葛晴').map((a) => [a.name, a.role])).toEqual([['柯遠', '记者'], ['葛晴', '通讯员']]);
    expect(parseCredits('本報記者 柯遠 本報通訊員 葛晴').map((a) => [a.name, a.role])).toEqual([['柯遠', '记者'], ['葛晴', '通讯员']]);
    expect(parseCredits('攝影 柯遠').map((a) => [a.name, a.role])).toEqual([['柯遠', '摄影']]);
  });
});

describe('writers’ lines', () => {
  it('reads a unit, a post and a name each set apart (市农技推广站　高级农艺师　某　某) as a writer’s line, a post ending in 师 among the posts', () => {
    for (const line of ['市农技推广站　高级农艺师　鞠　岷', '县畜牧局　畜牧师　柯远山', '市第二人民医院　主任医师　林　岚', '青禾规划设计院　工程师　甘　木']) expect(isWriterCredit(line), line).toBe(true);
    // A headline of two phrases set apart stays one: no post before its last words.
    for (const line of ['春耕备耕　农机先行', '市农技推广站　送技下乡']) expect(isWriterCredit(line), line).toBe(false);
  });
});
