/**
 * Chinese surnames as bylines, signatures and credits print them: the common single-character
 * ones and the two-character (compound) ones. Tables only; no imports, so any stage may use them.
 */

/**
 * Common single-character surnames: to split names printed without spaces, and to tell a name from other words after a label.
 * The last ones (仝郦傅萧阎…) are surnames of the 百家姓 that are no common word alone (set rv's bare byline 仝某某, set rp's
 * signature 郦某某); surnames that are also words (水, 云, 花, 平, 国, 东, 公) stay out: a line's first word would read as a name.
 */
const SURNAMES = new Set(
  ('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
    '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝戎冼仝郦傅萧阎赖郁荀芮储嵇宓濮扈晁阚蔺邰郜韶殳訾厍逯竺雒亓郗隗鄢谯庹昝逄酆禚綦郏郇郄笪眭钮琚闾菅麴蒯宦乜佴仉邴谌钭虢缑璩戢骞苌阙裘').split(''),
);
/** Is this character a common surname (the first of most names printed in bylines)? */
export function isCommonSurname(char: string): boolean {
  return SURNAMES.has(char);
}

/** Two-character surnames (欧阳, 令狐 …), which a page prints before a given name spaced to a width (欧阳  某). */
export const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '令狐', '司徒', '夏侯', '端木', '南宫'];
/** The same, as a regular expression's group. */
export const COMPOUND_SURNAME = `(?:${COMPOUND_SURNAMES.join('|')})`;

/**
 * A name written for its sounds, its parts joined by the middle dot (·, U+00B7): 阿依古丽·吐尔逊,
 * 买买提江·阿不都热依木, 泽仁·拉姆, as Uyghur, Kazakh, Tibetan, Yi and other names and foreign ones are
 * printed. The sets and rmrb-2019 print no other dot inside a name (・ only in set bo, between a place
 * and a trade). Never read alone as a name: a bare dotted line is a series or page name far more
 * often (记者蹲点·乡村振兴, 花地·散文: 45 kickers, columns and headers in the truths against 5 names
 * in a list); only after a role, in a credit, an editor's line or a signature.
 */
export const DOTTED_NAME = '[\\u4e00-\\u9fff]{1,8}·[\\u4e00-\\u9fff]{1,8}(?:·[\\u4e00-\\u9fff]{1,8})?';
