import { describe, expect, it } from 'vitest';
import { articleNeighbours, issueNeighbours, latestIssue, neighbours, pageNeighbours } from '../../src/site/navigation.ts';
import { fixtureArchive } from '../helpers/archive.ts';

const archive = fixtureArchive();

describe('archive indexes', () => {
  it('orders issues by date and pages by number', () => {
    expect(archive.issues.map((i) => i.id)).toEqual(['2022-01-19', '2023-10-23', '2025-12-28']);
    expect(latestIssue(archive)?.id).toBe('2025-12-28');
    expect(archive.sectionsByIssue.get('2025-12-28')?.map((s) => s.page)).toEqual([1, 3]);
  });

  it('lists an issue in print order across its pages', () => {
    const ids = archive.articlesByIssue.get('2025-12-28')!.map((a) => a.id);
    expect(ids[0]).toBe('2025-12-28-01-01');
    expect(ids.at(-1)).toBe('2025-12-28-03-01');
    expect(ids).toEqual([...ids].sort());
  });

  it('finds previous and next issue, page and article', () => {
    expect(neighbours([1, 2, 3], 0)).toEqual({ prev: null, next: 2 });
    expect(neighbours([1, 2, 3], -1)).toEqual({ prev: null, next: null });
    const middle = issueNeighbours(archive, '2023-10-23');
    expect([middle.prev?.id, middle.next?.id]).toEqual(['2022-01-19', '2025-12-28']);
    expect(issueNeighbours(archive, '2025-12-28').next).toBeNull();
    const page3 = archive.sectionById.get('2025-12-28-03')!;
    expect(pageNeighbours(archive, page3).prev?.id).toBe('2025-12-28-01');
    const last = archive.articleById.get('2025-12-28-01-06')!;
    const around = articleNeighbours(archive, last);
    expect([around.prev?.id, around.next?.id]).toEqual(['2025-12-28-01-05', '2025-12-28-03-01']);
  });

  it('keeps photos with their articles', () => {
    expect(archive.photosByArticle.get('2025-12-28-01-05')?.map((p) => p.id)).toEqual(['2025-12-28-01-05-p1']);
  });
});

describe('turning the paper day by day', () => {
  it('goes to the same page of the next issue when the archive has it, else to the issue', async () => {
    const { samePageIn } = await import('../../src/site/navigation.ts');
    expect(samePageIn(archive, '2025-12-28', 3)).toEqual({ issueId: '2025-12-28', page: 3 });
    expect(samePageIn(archive, '2023-10-23', 3)).toEqual({ issueId: '2023-10-23', page: null });
  });
});
