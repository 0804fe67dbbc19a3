/**
 * What readers type, and the articles of the seed archive each query must bring up in the first
 * ten results. Chosen by reading the five seed pages (content/sources) and checked against the
 * article texts by hand; ids are the permanent article ids.
 *
 * `top`: must all be among the first ten results (topics as topic:<name>). `total`: the exact number of results, where
 * the archive makes it certain. `none`: must find nothing.
 */
export interface QueryCase {
  kind: string;
  q: string;
  top?: string[];
  total?: number;
  none?: true;
  why?: string;
}

/** The topics (专题, content/topics/) written from the seeds come up too, listed as topic:<name>. */
const TOPIC = { labour: 'topic:laomo-gongjiang', snow: 'topic:datong-bingxueji', weibei: 'topic:weibei-shufa' };

const LABOUR = ['2025-12-28-01-01', '2024-01-02-01-01']; // 劳模 / 工匠: the model-workers feature, the craftsmen story
const HIGH_QUALITY_IN_HEADLINES = ['2022-01-19-01-01', '2023-10-23-01-03', '2025-12-28-01-01', '2025-12-28-01-07'];
const SNOW_SEASON = ['2025-12-28-01-03', '2025-12-28-01-05', '2025-12-28-01-06'];

export const QUERIES: QueryCase[] = [
  // simplified
  { kind: '简体', q: '劳模', top: [...LABOUR, TOPIC.labour], total: 3 },
  { kind: '简体', q: '冰雪季', top: [...SNOW_SEASON, TOPIC.snow], total: 4 },
  { kind: '简体', q: '退役军人', top: ['2025-12-28-01-02'], total: 1 },
  { kind: '简体', q: '演唱会', top: ['2025-12-28-01-07'], total: 1 },
  { kind: '简体', q: '京津冀', top: ['2022-01-19-01-09', '2023-10-23-01-01', '2025-12-28-01-04', '2026-01-08-01-01'], total: 4 },
  { kind: '简体', q: '高质量发展', top: HIGH_QUALITY_IN_HEADLINES, total: 15, why: 'headline-block matches rank first; 2024-01-02-01-07 has it in its banner as 高质量 发展 调研行' },
  { kind: '简体', q: '魏碑', top: ['2023-10-23-01-04', '2023-10-23-01-05', '2026-01-08-01-02', TOPIC.weibei], total: 4 },
  { kind: '简体', q: '云冈', top: ['2023-10-23-01-04', '2023-10-23-01-05', '2024-01-02-01-01', '2024-01-02-01-02', '2025-12-28-01-03', '2025-12-28-01-07', TOPIC.weibei], total: 7, why: '2024-01-02-01-02 has it in its photo caption only' },
  // traditional
  { kind: '繁体', q: '勞模', top: [...LABOUR, TOPIC.labour], total: 3 },
  { kind: '繁体', q: '雲岡石窟', top: ['2023-10-23-01-04', '2025-12-28-01-03', '2025-12-28-01-07', TOPIC.weibei], total: 4 },
  { kind: '繁体', q: '廣靈小米', top: ['2024-01-02-01-07'], total: 1 },
  { kind: '繁体', q: '退役軍人', top: ['2025-12-28-01-02'], total: 1 },
  { kind: '繁体', q: '紅十字', top: ['2026-01-08-01-03'], total: 1 },
  { kind: '繁体', q: '高質量發展', top: HIGH_QUALITY_IN_HEADLINES, total: 15 },
  { kind: '繁体', q: '環衛工', top: ['2022-01-19-01-03', TOPIC.labour], total: 2 },
  // full-width
  { kind: '全角', q: '１７０４１', top: ['2025-12-28-01-01'], total: 1, why: '市级劳模17041人' },
  { kind: '全角', q: '１２月２７日', top: ['2025-12-28-01-02', '2025-12-28-01-03', '2025-12-28-01-05', '2025-12-28-01-06', TOPIC.snow], total: 5 },
  { kind: '全角', q: 'ＡＰＰ', top: ['2022-01-19-01-05'], total: 1 },
  { kind: '全角', q: '２１．９', top: ['2024-01-02-01-05'], total: 1, why: '平均行驶速度由21.9千米/时提升' },
  // reporters (byline, 讯头 in the first paragraph, 尾署名)
  { kind: '记者', q: '董芳', top: ['2025-12-28-01-01', '2023-10-23-01-07', TOPIC.labour], total: 3 },
  { kind: '记者', q: '李明璇', top: ['2023-10-23-01-01', '2023-10-23-01-03', '2026-01-08-01-01'], total: 3 },
  { kind: '记者', q: '任翔宇', top: ['2023-10-23-01-04', '2024-01-02-01-03', TOPIC.weibei], total: 3, why: '本报讯（记者任翔宇）: no space before the name' },
  { kind: '记者', q: '王艺霏', top: ['2022-01-19-01-10', '2022-01-19-01-11'], total: 2, why: '实习生 inside the 讯头' },
  { kind: '记者', q: '曹飞', top: ['2022-01-19-01-03'], total: 1, why: 'signature at the end of the last paragraph' },
  { kind: '记者', q: '丁亚琴', top: ['2022-01-19-01-01', '2022-01-19-01-06', '2025-12-28-01-04'], total: 3 },
  { kind: '记者', q: '山西日报评论员', top: ['2024-01-02-01-06'], total: 1 },
  // photographers (photo credits)
  { kind: '摄影', q: '戎禹仁', top: ['2025-12-28-01-05', '2025-12-28-01-06'], total: 2 },
  { kind: '摄影', q: '徐昱', top: ['2023-10-23-01-02'], total: 1, why: '新华社记者 徐昱摄, photo news' },
  { kind: '摄影', q: '韩莹', top: ['2022-01-19-01-04'], total: 1, why: 'untitled photo news' },
  { kind: '摄影', q: '张占兵', top: ['2024-01-02-01-02'], total: 1 },
  { kind: '摄影', q: '李冬寅', top: ['2023-10-23-01-04'], total: 1, why: 'photo credit inside an article' },
  // places
  { kind: '地名', q: '左云', top: ['2024-01-02-01-04'], total: 1 },
  { kind: '地名', q: '平城区', top: ['2022-01-19-01-03', '2022-01-19-01-04', '2022-01-19-01-13', '2023-10-23-01-04', '2024-01-02-01-08', TOPIC.labour], total: 6 },
  { kind: '地名', q: '灵丘', top: ['2022-01-19-01-07'], total: 1 },
  { kind: '地名', q: '杭州', top: ['2023-10-23-01-02'], total: 1 },
  { kind: '地名', q: '白登山', top: [...SNOW_SEASON, TOPIC.snow], total: 4 },
  { kind: '地名', q: '太原', top: ['2023-10-23-01-06', '2026-01-08-01-02', TOPIC.weibei], total: 3 },
  // two-character words
  { kind: '双字词', q: '黄花', top: ['2022-01-19-01-06', '2022-01-19-01-09'], total: 2 },
  { kind: '双字词', q: '清廉', top: ['2023-10-23-01-07'], total: 1 },
  { kind: '双字词', q: '渔业', top: ['2024-01-02-01-02'], total: 1, why: 'in a photo caption only' },
  { kind: '双字词', q: '滑雪', top: ['2024-01-02-01-03', ...SNOW_SEASON, TOPIC.snow], total: 5 },
  { kind: '双字词', q: 'ip', top: ['2023-10-23-01-06'], total: 1, why: '网红IP: letters, any case' },
  // numbers
  { kind: '数字', q: '17041', top: ['2025-12-28-01-01'], total: 1 },
  { kind: '数字', q: '300名', top: ['2025-12-28-01-03', '2025-12-28-01-06', TOPIC.snow], total: 3 },
  { kind: '数字', q: '1328.67', top: ['2024-01-02-01-05'], total: 1 },
  { kind: '数字', q: '10月22日', top: ['2023-10-23-01-01', '2023-10-23-01-02', '2023-10-23-01-03', '2023-10-23-01-04', '2023-10-23-01-05', '2023-10-23-01-06', TOPIC.weibei, TOPIC.snow], total: 8 },
  { kind: '数字', q: '2022年', top: ['2022-01-19-01-02', '2022-01-19-01-09', TOPIC.labour], total: 8, why: 'in the headline' },
  // phrases and several words
  { kind: '短语', q: '"冬季行动"', top: ['2022-01-19-01-08', '2026-01-08-01-01'], total: 2 },
  { kind: '短语', q: '“习近平 总书记”', top: ['2025-12-28-01-02', '2026-01-08-01-01'], total: 2 },
  { kind: '多词', q: '大同 冰雪', top: ['2024-01-02-01-03', ...SNOW_SEASON, TOPIC.snow], total: 5 },
  { kind: '多词', q: '劳模 工匠 精神', top: [...LABOUR, TOPIC.labour], total: 3 },
  { kind: '多词', q: '魏碑，书法', top: ['2023-10-23-01-04', '2023-10-23-01-05', TOPIC.weibei], total: 3 },
  // stray spaces and punctuation
  { kind: '空格标点', q: '戎 禹仁', top: ['2025-12-28-01-05', '2025-12-28-01-06'], total: 2 },
  { kind: '空格标点', q: '董 芳', top: ['2025-12-28-01-01', '2023-10-23-01-07', TOPIC.labour], total: 3 },
  { kind: '空格标点', q: '“冰雪季”。', top: [...SNOW_SEASON, TOPIC.snow], total: 4 },
  { kind: '空格标点', q: '　白登山　', top: [...SNOW_SEASON, TOPIC.snow], total: 4 },
  // the query language: OR (and |), exclusion (-词, NOT 词), date ranges (date:, 日期:)
  { kind: '或', q: '冰雪季 OR 魏碑', top: [...SNOW_SEASON, '2023-10-23-01-04', '2023-10-23-01-05', '2026-01-08-01-02', TOPIC.snow, TOPIC.weibei], total: 8 },
  { kind: '或', q: '劳模 | 魏碑', top: [...LABOUR, '2026-01-08-01-02', TOPIC.labour, TOPIC.weibei], total: 7 },
  { kind: '或', q: '"冬季行动" OR "冰雪 季"', top: ['2022-01-19-01-08', '2026-01-08-01-01', ...SNOW_SEASON, TOPIC.snow], total: 6 },
  { kind: '排除', q: '大同 -冰雪', total: 22, why: '大同 27, of which 5 hold 冰雪 (大同 冰雪)' },
  { kind: '排除', q: '大同 NOT 冰雪', total: 22 },
  { kind: '排除', q: '劳模 -"工匠 精神"', top: [TOPIC.labour], total: 1, why: 'both 劳模 articles speak of 工匠精神; the topic does not' },
  { kind: '日期', q: '高质量发展 date:2023-10..2024-01', top: ['2023-10-23-01-03', '2023-10-23-01-05', '2024-01-02-01-01', '2024-01-02-01-07'], total: 8 },
  { kind: '日期', q: '高质量发展 date:2025', top: ['2025-12-28-01-01', '2025-12-28-01-04', '2025-12-28-01-07'], total: 3 },
  { kind: '日期', q: '京津冀 日期:..2023-12', top: ['2022-01-19-01-09', '2023-10-23-01-01'], total: 2 },
  // must find nothing
  { kind: '无结果', q: '火锅', none: true },
  { kind: '无结果', q: '大同经济', none: true, why: '大同, 同经 and 经济 all stand in 2023-10-23-01-01, never together' },
  { kind: '无结果', q: '冰雪大同', none: true, why: '冰雪, 雪大 and 大同 all stand in 2025-12-28-01-05, never together' },
  { kind: '无结果', q: '戎禹仁 董芳', none: true, why: 'both names exist, in different articles' },
  { kind: '无结果', q: '大同 火锅', none: true, why: 'a word found nowhere must not be dropped from the AND' },
  { kind: '无结果', q: '董芳 2099', none: true },
  { kind: '无结果', q: '2099年', none: true },
  { kind: '无结果', q: '"高质量 冰雪"', none: true },
  { kind: '无结果', q: '冰雪季 -白登山', none: true, why: 'every 冰雪季 article names 白登山' },
  { kind: '无结果', q: '京津冀 date:2024', none: true, why: '京津冀 stands in 2022, 2023, 2025 and 2026 only' },
];
