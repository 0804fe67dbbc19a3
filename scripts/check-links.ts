/**
 * Link check of the built site: node scripts/check-links.ts [dist] [--base /sub/path/]
 * Exits 1 and lists every broken internal link, missing lang="zh-CN" and unreachable page.
 * The base path defaults to BASE_PATH (as the build uses it) or '/'.
 */
import { checkLinks } from '../src/check/links.ts';

const args = process.argv.slice(2);
const baseAt = args.indexOf('--base');
const base = baseAt >= 0 ? args[baseAt + 1] : (process.env.BASE_PATH ?? '/');
const dir = args.find((a, i) => !a.startsWith('--') && (baseAt < 0 || i !== baseAt + 1)) ?? 'dist';

try {
  const report = checkLinks(dir, base);
  for (const p of report.problems) console.error(`${p.kind}\t${p.page}\t${p.target}`);
  console.log(`${dir}: ${report.pages} 个页面，${report.links} 个站内链接，${report.problems.length} 个问题（base ${base}）`);
  process.exit(report.problems.length ? 1 : 0);
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
