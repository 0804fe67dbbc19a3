/**
 * The five seed pages as a careful editor reads them: every item in print order with its
 * headline block, authors, first and last words, subheads, photographers, continuation page
 * and flags. Written from reading the pages line by line (see docs/ingest.md for the
 * judgement calls); the ingest must reproduce it exactly.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyLedger } from '../../src/ingest/ids.ts';
import { toLines } from '../../src/ingest/lines.ts';
import { missingCharacters } from '../../src/ingest/coverage.ts';
import { runPipeline } from '../../src/ingest/pipeline.ts';
import { SEEDS, SOURCES_DIR } from '../helpers/seeds.ts';

const sources = SEEDS.map((name) => ({ name, displayPath: name, text: readFileSync(path.join(SOURCES_DIR, name), 'utf8'), meta: {} }));
const result = runPipeline(sources, emptyLedger());

function reading(prefix: string) {
  const source = SEEDS.find((s) => s.startsWith(prefix))!;
  return result.entries.articles
    .filter((a) => a.data.source.file === source)
    .map(({ data: d, body }) => {
      const paras = body.filter((b) => b.type === 'paragraph');
      return {
        kind: d.kind,
        headline: d.headline,
        ...(d.kicker ? { kicker: d.kicker } : {}),
        ...(d.subheadline ? { subheadline: d.subheadline } : {}),
        ...(d.column ? { column: d.column } : {}),
        authors: d.authors.map((x) => x.name).join(' '),
        first: paras[0]?.text.slice(0, 10) ?? null,
        last: paras.at(-1)?.text.slice(-10) ?? null,
        subheads: body.filter((b) => b.type === 'subhead').length,
        photos: result.entries.photos.filter((p) => p.article === d.id).map((p) => p.photographers.join(' ')),
        ...(d.continuedOn ? { continuedOn: d.continuedOn } : {}),
        flags: d.flags,
      };
    });
}

const EDITOR: Record<string, unknown[]> = {
  '000': [
    {kind: 'article', headline: '榜样引领树标杆 示范带动共奋进', subheadline: '——我市大力弘扬劳模精神助推高质量发展综述', authors: '董芳', first: '社会以关爱致敬劳模，', last: '业近20年，专注药物', subheads: 2, photos: [], flags: ['cut-off']},
    {kind: 'article', headline: '中央宣传部、退役军人事务部、中央军委政治工作部联合发布“最美退役军人”', authors: '', first: '为深入学习贯彻习近平', last: '题节目将于近期播出。', subheads: 0, photos: [], flags: []},
    {kind: 'article', headline: '大同冰雪季系列活动启动', subheadline: '刘俊义宣布启动', authors: '郑苗苗', first: '12月27日，随着市', last: '运动发展的山西篇章。', subheads: 0, photos: [], flags: []},
    {kind: 'article', headline: '市直部门传达学习市委十六届十次全会精神', kicker: '凝心聚力担使命 实干争先启新程', authors: '田雁 高燕 丁亚琴', first: '连日来，市科技局、市', last: '更公平惠及人民群众。', subheads: 0, photos: [], flags: []},
    {kind: 'article', headline: '“白登山杯”大众滑雪公开赛启幕', authors: '陈杰', first: '12月27日，“白登', last: '年、儿童及男女组别。', subheads: 0, photos: ['戎禹仁'], flags: []},
    {kind: 'article', headline: '全国家庭冰雪日（大同站）活动引爆冬日激情', authors: '陈杰', first: '“今天我们全家在教练', last: '浓厚的冰雪运动氛围。', subheads: 0, photos: ['戎禹仁'], flags: []},
    {kind: 'article', headline: '我市出台多项措施支持演唱会经济发展', kicker: '激发文旅消费活力 推动文化之城建设', column: '加快推动文旅行业高质量发展', authors: '孙露', first: '近日，市政府办公室印', last: '策调整的，从其规定。', subheads: 0, photos: [], flags: []},
  ],
  '001': [
    {kind: 'article', headline: '激发“工匠精神” 迸发“产改”活力', kicker: '我市从建机制、搭舞台、重激励、强引领入手，让工匠人才“走红”新时代', column: '新时代 新征程 新伟业', authors: '', first: '“我很庆幸，成长在这', last: '工人长技能、增本领。', subheads: 1, photos: [], continuedOn: 3, flags: []},
    {kind: 'photo', headline: null, authors: '张占兵', first: null, last: null, subheads: 0, photos: ['张占兵'], flags: []},
    {kind: 'article', headline: null, authors: '任翔宇', first: '2024年开端就是气', last: '”为题也进行了报道。', subheads: 0, photos: [], continuedOn: 3, flags: ['untitled']},
    {kind: 'article', headline: '左云经开区“三个一批”项目建设提速增效', authors: '纪元元', first: '向日葵产业一体化项目', last: '量发展提供充足动能。', subheads: 0, photos: [], flags: []},
    {kind: 'article', headline: '市公安局交警支队 牢记初心使命 践行为民宗旨', column: '学思想 强党性 重实践 建新功', authors: '郝雨 李鹏', first: '主题教育开展以来，市', last: '置等精细化管理措施。', subheads: 0, photos: [], continuedOn: 3, flags: []},
    {kind: 'article', headline: '切实保障和改善民生', subheadline: '——六论深入贯彻落实省委十二届七次全会暨省委经济工作会议精神', authors: '山西日报评论员', first: '民生是人民幸福之基、', last: '“双一流”建设工程。', subheads: 0, photos: [], flags: ['folded-duplicate']},
    {kind: 'article', headline: '“广灵小米”特色品牌助推产业升级', column: '高质量 发展 调研行', authors: '苑捷', first: '日前，中部四省（鄂晋', last: '业主动挂靠科研院所，', subheads: 0, photos: [], continuedOn: 3, flags: []},
    {kind: 'article', headline: '选优配强建队伍 务实管用建机制 平城区选配管好街道政法委员', column: '新时代新征程·“枫桥经验”新实践', authors: '臧力卿', first: '近年来，平城区委、区', last: '按照《山西省乡镇（街', subheads: 0, photos: [], continuedOn: 3, flags: ['cut-off']},
  ],
  '002': [
    {kind: 'article', headline: '全市经济运行分析会暨深化融入京津冀协同发展工作领导小组第六次专题会召开', subheadline: '卢东亮主持并讲话 姚鸿波出席', authors: '李明璇', first: '10月22日，全市经', last: '，确保圆满完成全年目', subheads: 0, photos: [], flags: ['cut-off']},
    {kind: 'photo', headline: '杭州亚残运会开幕式举行', authors: '徐昱', first: null, last: null, subheads: 0, photos: ['徐昱'], flags: []},
    {kind: 'article', headline: '全市公立医院高质量发展专题会暨市公立医院改革和高质量发展领导小组第三次会议召开', subheadline: '卢东亮主持并讲话', authors: '李明璇', first: '10月22日，省委常', last: '要负责同志参加会议。', subheads: 0, photos: [], flags: ['headline-after-body']},
    {kind: 'article', headline: '翰墨飘香共襄文化盛宴', subheadline: '——“云冈杯”第二届全国魏碑书法双年展颁奖仪式侧记', authors: '任翔宇', first: '古都平城金秋日，魏碑', last: '，一次次点燃观众的热', subheads: 0, photos: ['李冬寅'], flags: ['cut-off']},
    {kind: 'article', headline: '“云冈杯”第二届全国魏碑书法双年展主题研讨会召开', subheadline: '申万胜李刚田王平范周等出席', authors: '王春艳', first: '10月22日，“云冈', last: '同故里持续焕发光彩。', subheads: 0, photos: [], continuedOn: 3, flags: []},
    {kind: 'article', headline: '精彩动态表演在山西文博会展现大同历史故事', column: '聚焦文博会', authors: '史涌涛', first: '在第六届山西文博会大', last: '大同文旅高质量发展。', subheads: 0, photos: [], flags: []},
    {kind: 'article', headline: '党建引领促发展 清廉创建惠民生', kicker: '抓基层党建 创清廉机关', subheadline: '——访市民政局党组书记、局长王东升', authors: '董芳', first: '近年来，市民政局着力', last: '、增福祉”十件大事。', subheads: 0, photos: [], continuedOn: 3, flags: []},
  ],
  '003': [
    {kind: 'article', headline: '市委经济工作会议举行', subheadline: '张强刘俊义讲话 武健鹏姚鸿波出席', authors: '李明璇 郑苗苗', first: '1月7日,市委经济工', last: '企业代表等参加会议。', subheads: 0, photos: [], flags: []},
    {kind: 'article', headline: '2026年“两节”山西省优秀剧目展演启幕', authors: '崔莉英', first: '6日,2026年“两', last: '动将持续至今年3月。', subheads: 0, photos: [], flags: []},
    {kind: 'article', headline: '市红十字赈济救援队升级省级救援队', authors: '高燕', first: '近日,我市红十字赈济', last: '规范化、专业化水平。', subheads: 0, photos: [], flags: []},
  ],
  '004': [
    {kind: 'article', headline: '提升科教软实力 开创全方位高质量发展新局面', kicker: '全市教育及科技系统传达学习贯彻市委十六届二次全会暨市委经济工作会议精神', authors: '田雁 丁亚琴', first: '市委十六届二次全会暨', last: '业平稳争优作出贡献。', subheads: 0, photos: [], flags: []},
    {kind: 'article', headline: '团市委组织开展2022年“青春兴晋”行动', authors: '郝雨', first: '为更好服务“人才强省', last: '收集信息和意见建议。', subheads: 0, photos: [], flags: []},
    {kind: 'article', headline: '温暖送给环卫工', authors: '曹飞', first: '春节将至，岁寒情深。', last: '的城乡环境贡献力量。', subheads: 0, photos: [], flags: []},
    {kind: 'photo', headline: null, authors: '韩莹', first: null, last: null, subheads: 0, photos: ['韩莹'], flags: []},
    {kind: 'article', headline: '市住房公积金管理中心立体式开展“微笑服务”主题活动', kicker: '从“心”出发 服务群众', authors: '张世敬', first: '近日，市住房公积金管', last: '微笑服务”政务品牌。', subheads: 0, photos: [], flags: []},
    {kind: 'article', headline: '“大同黄花”产业技术创新战略联盟入选', kicker: '2021年度山西省产业技术创新战略联盟认定名单公布', authors: '丁亚琴', first: '近日，山西省科学技术', last: '联盟获批后，将不断整', subheads: 0, photos: [], flags: ['cut-off']},
    {kind: 'article', headline: '本市科普下乡惠民服务系列活动启幕', authors: '杨海峰', first: '为充分发挥科技工作者', last: '积极参与的良好氛围。', subheads: 0, photos: [], flags: []},
    {kind: 'article', headline: '任希杰主持召开我市项目建设“冬季行动”工作专班第一次会议', column: '政务动态', authors: '杨榕刘', first: '1月18日上午，市委', last: '保一季度“开门红”。', subheads: 0, photos: [], flags: []},
    {kind: 'article', headline: '龚孟建出席2022年全市高素质农民农产品经纪人培训班开班仪式', column: '政务动态', authors: '宋芳', first: '1月17日，市委常委', last: '特色农业高质量发展。', subheads: 0, photos: [], flags: []},
    {kind: 'article', headline: '马安全出席全市大气污染防治工作部署会', column: '政务动态', authors: '韩云峰 王艺霏', first: '1月18日下午，副市', last: '态环境质量稳步提升。', subheads: 0, photos: [], flags: []},
    {kind: 'article', headline: '赵学斌率队开展节前安全检查', column: '政务动态', authors: '张彩峰 王艺霏', first: '1月18日，副市长赵', last: '情防控物资储备情况，', subheads: 0, photos: [], flags: ['cut-off']},
    {kind: 'article', headline: '我市开展严厉打击非法违法开采矿产资源专项行动督查', column: '政务动态', authors: '张彩峰 陈云华', first: '记者昨日从市严厉打击', last: '、人民群众平安祥和。', subheads: 0, photos: [], flags: []},
    {kind: 'article', headline: '安全生产“百日攻坚”集中行动', column: '政务动态', authors: '邱东芳', first: '1月17日，平城区举', last: '安全祥和的节日氛围。', subheads: 0, photos: [], flags: ['folded-duplicate']},
  ],
};

describe('each seed page reads as an editor reads it', () => {
  for (const [prefix, items] of Object.entries(EDITOR)) {
    it(`seed ${prefix}`, () => {
      expect(reading(prefix)).toEqual(items);
    });
  }
});

describe('nothing lost', () => {
  it.each(SEEDS)('every Han character and digit of %s is in its entries', (name) => {
    const texts: string[] = [];
    for (const { data, body } of result.entries.articles.filter((a) => a.data.source.file === name)) {
      for (const t of [data.column, data.kicker, data.headline, data.subheadline, data.byline, data.dateline, data.signature]) if (t) texts.push(t);
      texts.push(...data.continuationNotes, ...data.folds.map((f) => f.text), ...body.map((b) => b.text));
    }
    for (const p of result.entries.photos.filter((p) => p.source.file === name)) texts.push(p.caption, p.credit ?? '');
    const lines = toLines(readFileSync(path.join(SOURCES_DIR, name), 'utf8'));
    expect(missingCharacters(lines, texts)).toEqual([]);
    // and the check does catch a loss
    expect(missingCharacters(lines, texts.slice(1)).length).toBeGreaterThan(0);
  });
});
