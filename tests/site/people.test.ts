import { describe, expect, it } from 'vitest';
import { collectPeople, creditsByYear, groupByInitial, pinyinInitial } from '../../src/site/people.ts';
import { collectColumns } from '../../src/site/columns.ts';
import { fixtureArchive } from '../helpers/archive.ts';

const archive = fixtureArchive();
const people = collectPeople(archive);
const person = (name: string) => people.find((p) => p.name === name)!;

describe('author pages', () => {
  it('collects reporters from bylines and photographers from credits', () => {
    expect(person('董芳').credits.map((c) => c.article.id)).toEqual(['2025-12-28-01-01', '2025-12-28-03-01']);
    expect(person('戎禹仁').roles).toEqual(['摄影']);
    expect(person('戎禹仁').credits).toHaveLength(2);
    expect(person('韩莹').credits[0].article.kind).toBe('photo');
    expect(person('王艺霏').roles).toEqual(['实习生']);
  });

  it('lists a person newest first, grouped by year', () => {
    const years = creditsByYear(person('李明璇').credits);
    expect(years.map((y) => y.year)).toEqual(['2023']);
    const all = creditsByYear(people.flatMap((p) => p.credits));
    expect(all.map((y) => y.year)).toEqual(['2025', '2023', '2022']);
  });

  it('files names under their pinyin initial', () => {
    expect(['董芳', '郑苗苗', '陈杰', '戎禹仁', '孙露', '徐昱', '李明璇', '王春艳', '曹飞', '韩莹', '邱东芳', '翟永清', '单霁翔'].map(pinyinInitial))
      .toEqual(['D', 'Z', 'C', 'R', 'S', 'X', 'L', 'W', 'C', 'H', 'Q', 'Z', 'S']);
    expect(pinyinInitial('Anna')).toBe('A');
    expect(pinyinInitial('·')).toBe('#');
    const groups = groupByInitial(people);
    expect(groups.map((g) => g.initial)).toEqual([...groups.map((g) => g.initial)].sort());
    const z = groups.find((g) => g.initial === 'Z')!.items.map((p) => p.name);
    expect(z).toContain('郑苗苗');
    expect(z).toContain('张彩峰');
  });
});

describe('column pages', () => {
  it('gathers every article printed under a column', () => {
    const columns = collectColumns(archive);
    expect(columns.map((c) => c.name)).toEqual(['政务动态']);
    expect(columns[0].articles.map((a) => a.id)).toEqual(['2022-01-19-01-03', '2022-01-19-01-04', '2022-01-19-01-05']);
  });
});
