/**
 * Permalinks forever, on the fixture site (a deploy build under /archive/, whose ledger retires
 * three ids and withdraws one): a retired id's URL sends the reader on to its successor (the end
 * of a chain of retirements) by a static page — meta refresh, link, canonical — and by the
 * Netlify and nginx redirect maps; a withdrawn id's URL says it was withdrawn and when; none of
 * them is in the sitemap. An article an editor corrected by hand says 校订 on its page and in the
 * export. Every page carries the Content-Security-Policy as a meta tag, for hosts without headers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY, metaPolicy } from '../../src/deploy/headers.ts';
import { retiredPages } from '../../src/site/retired.ts';
import { canonicalOf } from '../helpers/html.ts';
import { fixtureSite, realSite } from '../helpers/sites.ts';

const site = fixtureSite();
const page = (rel: string) => fs.readFileSync(path.join(site.dir, rel), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('retired ids', () => {
  it('a retired id moves on to its successor: meta refresh, link, canonical, noindex', () => {
    const html = page('articles/2025-12-28-01-07/index.html');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/archive/articles/2025-12-28-01-06/">');
    expect(canonicalOf(html)).toBe('https://archive.example.org/archive/articles/2025-12-28-01-06/');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(/<a href="\/archive\/articles\/2025-12-28-01-06\/">《激发文旅消费活力 推动文化之城建设》<\/a>/);
  });

  it('a chain of retirements leads straight to its end', () => {
    expect(page('articles/2025-12-28-01-08/index.html')).toContain('url=/archive/articles/2025-12-28-01-06/"');
  });

  it('a withdrawn id says what it was, and when it was withdrawn', () => {
    const html = page('articles/2023-10-23-02-01/index.html');
    expect(text(html)).toContain('《金秋时节游古城》（大同日报 2023年10月23日第二版，稿件号 2023-10-23-02-01）已于 2026年1月6日从本馆撤下');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('http-equiv="refresh"');
    expect(html).toContain('href="/archive/issues/2023-10-23/"');
  });

  it('an id whose text went nowhere says it is no longer in use', () => {
    expect(text(page('articles/2023-10-23-01-04/index.html'))).toContain('稿件号 2023-10-23-01-04 已停用');
  });

  it('hosts that take a redirect map get one: Netlify _redirects and an nginx include', () => {
    expect(page('_redirects').split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([
      '/archive/articles/2025-12-28-01-07/ /archive/articles/2025-12-28-01-06/ 301',
      '/archive/articles/2025-12-28-01-08/ /archive/articles/2025-12-28-01-06/ 301',
    ]);
    expect(page('redirects.nginx.conf')).toContain('location = /archive/articles/2025-12-28-01-08/ { return 301 /archive/articles/2025-12-28-01-06/; }');
  });

  it('none of them is in the sitemap; the live articles are', () => {
    const sitemap = page('sitemap.xml');
    for (const id of ['2025-12-28-01-07', '2025-12-28-01-08', '2023-10-23-02-01', '2023-10-23-01-04']) expect(sitemap).not.toContain(`articles/${id}/`);
    expect(sitemap).toContain('<loc>https://archive.example.org/archive/articles/2025-12-28-01-06/</loc>');
  });

  it('retiredPages: chains, cycles, withdrawn ends and ids alive again', () => {
    const ledger = {
      articles: {},
      retired: { a: 'b', b: 'c', c: null, d: 'e', e: 'd', f: 'w', g: 'live' } as Record<string, string | null>,
      withdrawn: { w: { source: 'x.txt', issue: '2025-12-28', page: 1, title: 't', withdrawn: '2026-01-01' } },
    };
    const pages = retiredPages(ledger, new Set(['live', 'c']));
    expect(pages.map((p) => [p.id, p.kind, p.kind === 'moved' ? p.target : null])).toEqual([
      ['a', 'moved', 'c'],
      ['b', 'moved', 'c'],
      ['d', 'gone', null],
      ['e', 'gone', null],
      ['f', 'moved', 'w'],
      ['g', 'moved', 'live'],
      ['w', 'withdrawn', null],
    ]);
  });
});

describe('校订: an article corrected by hand', () => {
  it('says so on its page, with the day and the note; other articles do not', () => {
    expect(text(page('articles/2025-12-28-01-06/index.html'))).toContain('校订：本文文字经本馆编辑对照原版改正（2026年1月5日）：对照原版核对引题。');
    expect(page('articles/2025-12-28-01-05/index.html')).not.toContain('class="correction"');
  });

  it('says so in the export (articles.jsonl and articles.csv of /data/)', () => {
    const lines = page('data/articles.jsonl').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.find((a) => a.id === '2025-12-28-01-06').corrected).toEqual({ date: '2026-01-05', note: '对照原版核对引题' });
    expect(lines.filter((a) => a.corrected !== null)).toHaveLength(1);
    const csv = page('data/articles.csv');
    const header = csv.slice(1).split('\r\n')[0].split(',');
    const row = csv.split('\r\n').find((r) => r.startsWith('2025-12-28-01-06,'))!;
    expect(header.slice(header.indexOf('corrected'), header.indexOf('corrected') + 2)).toEqual(['corrected', 'corrected_note']);
    expect(row).toContain(',2026-01-05,对照原版核对引题,');
  });
});

describe('Content-Security-Policy as a meta tag', () => {
  it('drops only what a meta tag cannot carry', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(META_CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(metaPolicy("default-src 'self'; report-uri /r; sandbox; Frame-Ancestors 'none'; img-src data:")).toBe("default-src 'self'; img-src data:");
  });

  it.each([['fixture', site], ['dist', realSite()]])('%s: every page carries it first in <head>', (_label, built) => {
    const pages = fs.readdirSync(built.dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(40);
    for (const rel of pages) {
      const html = fs.readFileSync(path.join(built.dir, rel), 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head, rel).toMatch(/^<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="([^"]*)">/);
      expect(head.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)![1].replaceAll('&#39;', "'")).toBe(META_CONTENT_SECURITY_POLICY);
    }
  });
});
