/**
 * Link check of the built site: node scripts/check-links.ts [dist] [--base /sub/path/]
 * Exits 1 and lists every broken internal link, missing lang="zh-CN" and unreachable page.
 * The base path defaults to BASE_PATH (as the build uses it) or '/'.
 */
import { commandLine, failOnConfig } from '../src/cli.ts';
import { basePath } from '../src/config.ts';
import { checkLinks } from '../src/check/links.ts';

const { values, positionals } = commandLine(
  { base: { type: 'string' } },
  '用法：npm run check-links [-- dist] [--base /sub/path/]',
  { positionals: true },
);
try {
  const base = values.base ?? basePath();
  const dir = positionals[0] ?? 'dist';
  const report = checkLinks(dir, base);
  for (const p of report.problems) console.error(`${p.kind}\t${p.page}\t${p.target}`);
  console.log(`${dir}: ${report.pages} 个页面，${report.links} 个站内链接，${report.problems.length} 个问题（base ${base}）`);
  process.exit(report.problems.length ? 1 : 0);
} catch (e) {
  failOnConfig(e);
  console.error((e as Error).message);
  process.exit(2);
}
