/**
 * The bench's own parts, on real processes: memory and time of a process tree, and the
 * figures it prints. (The benchmark itself is `npm run bench`, not a test.)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measure } from '../../src/bench/measure.ts';
import { formatTable, peerRatio, toJson } from '../../src/bench/report.ts';
import type { BenchResult } from '../../src/bench/run.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'archive-bench-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A Node process that holds `mb` megabytes resident for `ms` milliseconds. */
const hold = (mb: number, ms: number) => `const b = Buffer.alloc(${mb} * 1024 * 1024, 1); setTimeout(() => console.log(b[0]), ${ms});`;

describe('measure', () => {
  it('sees the peak memory and the wall time of a process', async () => {
    const m = await measure(process.execPath, ['-e', hold(300, 400)], { cwd: dir, log: path.join(dir, 'one.log') });
    expect(m.code).toBe(0);
    expect(m.peak_rss_mb).toBeGreaterThan(300);
    expect(m.peak_rss_mb).toBeLessThan(600);
    expect(m.largest_process_mb).toBeGreaterThan(300);
    expect(m.largest_process_mb).toBeLessThanOrEqual(m.peak_rss_mb);
    expect(m.wall_s).toBeGreaterThan(0.4);
    expect(readFileSync(m.log, 'utf8').trim()).toBe('1');
  });

  it('adds up a process tree (a parent holding little, two children holding 200 MB each at once), and tells its largest process apart', async () => {
    const child = hold(200, 1500).replaceAll('"', '\\"');
    const parent = `const { spawn } = require('node:child_process'); for (let i = 0; i < 2; i++) spawn(process.execPath, ['-e', "${child}"], { stdio: 'inherit' });`;
    const m = await measure(process.execPath, ['-e', parent], { cwd: dir, log: path.join(dir, 'tree.log') });
    expect(m.code).toBe(0);
    expect(m.peak_rss_mb).toBeGreaterThan(400);
    expect(m.peak_rss_mb).toBeLessThan(900);
    expect(m.largest_process_mb).toBeGreaterThan(200);
    expect(m.largest_process_mb).toBeLessThan(400);
  });

  it('reports a failing command’s exit code', async () => {
    const m = await measure(process.execPath, ['-e', 'process.exit(3)'], { cwd: dir, log: path.join(dir, 'fail.log') });
    expect(m.code).toBe(3);
  });
});

describe('report', () => {
  const step = (wall: number, mb: number, cpu: number, largest = mb) => ({ command: 'x', wall_s: wall, peak_rss_mb: mb, largest_process_mb: largest, cpu_s: cpu, code: 0, log: '/tmp/x.log' });
  const result: BenchResult = {
    issues: 30,
    shards: 'month',
    articles: 2000,
    sourceBytes: 4_000_000,
    stages: {
      ingest: { wall_s: 2, peak_rss_mb: 250, largest_process_mb: 250, cpu_s: 3, steps: [step(2, 250, 3)] },
      build: { wall_s: 10, peak_rss_mb: 900, largest_process_mb: 700, cpu_s: 12, steps: [step(10, 900, 12, 700)] },
      incremental: { wall_s: 6, peak_rss_mb: 900, largest_process_mb: 900, cpu_s: 7, steps: [step(1, 200, 1), step(5, 900, 6)] },
    },
    setup: [],
    dist: { bytes: 5_000_000, files: 2100, html: 2050 },
    load: [0.5, 0.7],
    paths: { content: '', dist: '', logs: '' },
  };

  it('gives cost per 1,000 articles and the ingest throughput', () => {
    const json = toJson(result, null);
    expect(json.articles).toBe(2000);
    expect(json.stages.ingest).toEqual({ wall_s: 2, peak_rss_mb: 250, largest_process_mb: 250, cpu_s: 3 });
    expect(json.per_1000_articles.build).toEqual({ wall_s: 5, peak_rss_mb: 450, cpu_s: 6 });
    expect(json.per_1000_articles.incremental).toBeUndefined();
    expect(json.ingest_mb_per_s).toBe(2);
    expect(json.page_images).toBe(0);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('says how many page images the archive had', () => {
    expect(toJson({ ...result, pageImages: 240 }, null).page_images).toBe(240);
    expect(formatTable({ ...result, pageImages: 2920 }, null).split('\n')[0]).toBe('大同日报档案基准测试：30 期，2,000 篇稿件，来源文本 4 MB，版面图 2,920 张');
  });

  it('prints every stage, the missing index as a dash, and the daily job’s steps', () => {
    const table = formatTable(result, {
      query: '大同',
      cold_first_ms: 60,
      cold_first_max_ms: 75,
      cold_first_bytes: 100_000,
      cold_ms: 95,
      cold_max_ms: 130,
      cold_bytes: 150_000,
      cold_requests: 9,
      cold_link_ms: 120,
      cold_link_search_ms: 80,
      cold_link_bytes: 149_000,
      page_bytes: 6_000,
      warm_queries: ['冰雪', '劳模'],
      warm_ms: 12,
      warm_max_ms: 20,
      warm_max_query: '劳模',
      warm_first_ms: 40,
      link_months_opened: 3,
      newest_link_bytes: 120_000,
      newest_link_ms: 90,
      newest_link_months_opened: 1,
    });
    expect(table).toMatch(/ingest 导入\s+2\.0\s+3\.0\s+250\s+1\.00\s+1\.50\s+125\.0/);
    expect(table).toMatch(/index 搜索索引\s+—/);
    expect(table).toMatch(/^ {2}x\s+5\.0\s+6\.0\s+900$/m);
    expect(table).toContain('first result 60 ms after submit (median, slowest 75 ms), 97.7 KB by then; whole first page 95 ms (slowest 130 ms)');
    expect(table).toContain('146.5 KB in 9 requests');
    expect(table).toContain('cold link /search/?q=: first result 120 ms after navigation start, 80 ms after the search started; 145.5 KB');
    expect(table).toContain('warm (冰雪、劳模): 12 ms median once loaded (slowest 20 ms,「劳模」), 40 ms median the first time');
  });

  it('names the build stage build+index when the build wrote its index beside the pages, and prints no index row then', () => {
    const together = formatTable({ ...result, indexWithBuild: true }, null);
    expect(together).toMatch(/build\+index 网页与索引\s+10\.0\s+12\.0\s+900/);
    expect(together).not.toContain('index 搜索索引');
    expect(formatTable(result, null)).toMatch(/build 生成网页\s+10\.0/);
  });

  it('compares our build and index with the naive peer’s, and prints the peer only when it ran', () => {
    expect(peerRatio(result)).toBeNull();
    expect(formatTable(result, null)).not.toContain('peer');
    const withPeer: BenchResult = {
      ...result,
      stages: {
        ...result.stages,
        index: { wall_s: 6, peak_rss_mb: 500, largest_process_mb: 500, cpu_s: 9, steps: [step(6, 500, 9)] },
        peer: { wall_s: 20, peak_rss_mb: 1800, largest_process_mb: 1750, cpu_s: 14, steps: [step(15, 1800, 10, 1750), step(5, 600, 4)] },
      },
    };
    // (10 + 6) / 20 wall, (12 + 9) / 14 CPU, the larger tree of ours (900) over the peer's (1800),
    // our largest process (700) over the peer's (1750).
    expect(peerRatio(withPeer)).toEqual({ wall: 0.8, cpu: 1.5, peak_rss: 0.5, largest_process: 0.4 });
    expect(toJson(withPeer, null).peer_ratio).toEqual({ wall: 0.8, cpu: 1.5, peak_rss: 0.5, largest_process: 0.4 });
    expect(toJson(withPeer, null).per_1000_articles.peer).toBeUndefined();
    const table = formatTable(withPeer, null);
    expect(table).toMatch(/peer 对照（朴素做法）\s+20\.0\s+14\.0\s+1800/);
    expect(table).toContain('ours / peer 我们与朴素做法之比 (build + index, same articles): wall 0.8×, cpu 1.5×, peak memory 0.5× (process tree), 0.4× (largest process)');
  });
});
