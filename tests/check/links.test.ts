import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/check/links.ts';
import { fixtureSite, realSite } from '../helpers/sites.ts';

describe('link check of the built sites', () => {
  it('finds no broken internal link, no page without lang="zh-CN", no unreachable page in dist/', () => {
    const site = realSite();
    const report = checkLinks(site.dir, site.base);
    expect(report.problems).toEqual([]);
    expect(report.pages).toBeGreaterThan(5);
  });

  it('finds none in the fixture site built under /archive/', () => {
    const site = fixtureSite();
    const report = checkLinks(site.dir, site.base);
    expect(report.problems).toEqual([]);
    // 49 pages of the site, /data/, 专题 index, one topic, 检索帮助, 数据与引用, and the 4 pages of retired ids
    // (linked from nowhere on the site: they answer old links, so the reachability check passes them by)
    expect(report.pages).toBe(58);
  });

  it('runs as `npm run check-links` on dist/ and exits 0', () => {
    const site = realSite();
    const run = spawnSync(process.execPath, ['scripts/check-links.ts', site.dir, '--base', site.base], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\d+ 个页面，\d+ 个站内链接，0 个问题/);
  });

  it('exits 1 and names the page and link when one is broken, 2 when there is no site', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linkcheck-'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<html lang="zh-CN"><a href="/gone/">x</a></html>');
    const broken = spawnSync(process.execPath, ['scripts/check-links.ts', dir], { encoding: 'utf8' });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toBe('broken-link\tindex.html\t/gone/\n');
    const none = spawnSync(process.execPath, ['scripts/check-links.ts', path.join(dir, 'nope')], { encoding: 'utf8' });
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/no such folder/);
    fs.rmSync(dir, { recursive: true });
  });

  it('reports what is wrong when a site is broken', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linkcheck-'));
    const page = (rel: string, html: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), html);
    };
    page('index.html', '<html lang="zh-CN"><a href="/a/">a</a><a href="/missing/">x</a><a href="/a/#nope">f</a><a href="/a">s</a><a href="https://example.org/">e</a></html>');
    page('a/index.html', '<html lang="en"><p id="p-1"></p><a href="../">up</a><img src="/img.png"></html>');
    page('lost/index.html', '<html lang="zh-CN"></html>');
    const { problems } = checkLinks(dir, '/');
    expect(problems).toEqual([
      { page: 'a/index.html', kind: 'lang', target: '<html lang>' },
      { page: 'a/index.html', kind: 'broken-link', target: '/img.png' },
      { page: 'index.html', kind: 'broken-link', target: '/missing/' },
      { page: 'index.html', kind: 'missing-fragment', target: '/a/#nope' },
      { page: 'index.html', kind: 'no-trailing-slash', target: '/a' },
      { page: 'lost/index.html', kind: 'unreachable', target: 'index.html' },
    ]);
    expect(checkLinks(dir, '/sub/').problems.filter((p) => p.kind === 'outside-base')).toHaveLength(5);
    fs.rmSync(dir, { recursive: true });
  });
});
