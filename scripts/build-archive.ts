/**
 * npm run build-archive -- [--parallel N] [--outDir DIR] [--work DIR] [--part NAME]… [--merge] [--list] [--changed]
 * Builds the site by parts (docs/scaling.md, "Twenty years"): the content is checked once, then
 * each year's issue, 版 and article pages and the pages spanning years are built as parts of their
 * own (up to N at once, each kept with its Astro cache in the work folder for the next run), and
 * merged into DIR (default dist/). Content from ARCHIVE_CONTENT_DIR or ./content; SITE_URL,
 * BASE_PATH and DEPLOY as for npm run build. The same steps as the newsroom's CI workflow
 * (.github/workflows/build-archive.yml), which runs them on separate runners:
 *   --list        prints the parts as JSON (["archive-wide","2025","2024",…]) and does nothing else
 *   --changed     prints, as JSON, the parts the next build would build (their content or code
 *                 changed since they were built in the work folder), and does nothing else
 *   --part NAME   builds that part only (a year, or archive-wide; may be given more than once), no merge
 *   --merge       merges the parts already in the work folder into DIR, builds nothing
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandLine, fail, failOnConfig, usageError, wholeNumber } from '../src/cli.ts';
import { basePath, checkEnvironment, contentDir, siteUrl } from '../src/config.ts';
import { buildArchive, changedParts, partsOf } from '../src/deploy/build-archive.ts';
import { MergeError } from '../src/deploy/merge-parts.ts';
import { normalizeBase } from '../src/site/url.ts';

const USAGE = '用法：npm run build-archive -- [--parallel 同时构建的部分数] [--outDir 输出目录] [--work 各部分的目录] [--part 年份或 archive-wide]… [--merge] [--list] [--changed]';
const { values } = commandLine(
  {
    parallel: { type: 'string', default: '1' },
    outDir: { type: 'string', default: 'dist' },
    work: { type: 'string', default: '.archive-build' },
    part: { type: 'string', multiple: true },
    merge: { type: 'boolean', default: false },
    list: { type: 'boolean', default: false },
    changed: { type: 'boolean', default: false },
  },
  USAGE,
);
if (values.merge && values.part) usageError('--merge 只合并已构建的部分，不能与 --part 同用', USAGE);
const project = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
if (values.list || values.changed) {
  try {
    const names = values.list
      ? partsOf(contentDir()).map((p) => p.name)
      : changedParts({ contentDir: contentDir(), workDir: path.resolve(values.work), project });
    console.log(JSON.stringify(names));
  } catch (error) {
    failOnConfig(error);
    throw error;
  }
  process.exit(0);
}
const parallel = wholeNumber(values.parallel, '--parallel', USAGE);

let siteRoot: string | null = null;
try {
  checkEnvironment();
  const site = siteUrl();
  siteRoot = site ? new URL(normalizeBase(basePath()), `${site}/`).href : null;
} catch (error) {
  failOnConfig(error);
  throw error;
}

// The content is checked once for every part (the parts' builds skip npm run build's check); a
// runner that builds one part (--part) or merges (--merge) leaves it to the run's first step.
if (!values.part && !values.merge) {
  const check = spawnSync(process.execPath, [path.join(project, 'scripts/check-content.ts')], { stdio: 'inherit' });
  if (check.status !== 0) process.exit(check.status ?? 1);
}

const began = performance.now();
try {
  const report = await buildArchive({
    contentDir: contentDir(),
    outDir: path.resolve(values.outDir),
    workDir: path.resolve(values.work),
    parallel,
    project,
    siteRoot,
    steps: values.merge ? 'merge' : values.part ? 'build' : 'both',
    only: values.part,
    onPart: (event) => {
      const name = event.name === 'archive-wide' ? '跨年页面' : `${event.name} 年`;
      if (event.state === 'started') console.log(`构建 ${name}……`);
      else if (event.state === 'kept') console.log(`  ${name}：内容与程序都未变，沿用上次构建的结果`);
      else if (event.state === 'summarised') console.log(`  ${name}摘要（供跨年页面）：${event.seconds!.toFixed(1)} 秒`);
      else console.log(`  ${name}：${event.seconds!.toFixed(1)} 秒`);
    },
  });
  const m = report.merge;
  if (!m) {
    console.log(`已构建 ${report.parts.map((p) => p.name + (p.kept ? '（未变，沿用）' : '')).join('、')}，在 ${path.relative(process.cwd(), path.resolve(values.work, 'parts')) || '.'}/ 下；合并：npm run build-archive -- --merge`);
    process.exit(0);
  }
  console.log(
    `已合成网站 ${path.relative(process.cwd(), path.resolve(values.outDir)) || '.'}：${report.partCount} 个部分（本次构建 ${report.parts.filter((p) => !p.kept).length} 个），` +
      `${m.files.toLocaleString('zh-CN')} 个文件，${(m.bytes / 1e6).toFixed(1)} MB，${m.months.length} 个月的检索索引` +
      `${m.sitemapPages === null ? '' : `，sitemap 列出 ${m.sitemapPages} 个页面`}；合并 ${m.seconds.toFixed(1)} 秒，共 ${((performance.now() - began) / 1000).toFixed(1)} 秒`,
  );
} catch (error) {
  if (error instanceof MergeError) fail(error.message, 1);
  if (error instanceof Error) fail(error.message, 1);
  throw error;
}
