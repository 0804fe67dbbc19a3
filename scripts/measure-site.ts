/**
 * npm run measure-site [-- --content DIR --out DIR]: builds the site and prints what it cost
 * (src/bench/site.ts): wall time and peak memory of `astro build`, pages, files and bytes
 * written, the largest HTML pages. Content from --content, else ARCHIVE_CONTENT_DIR or ./content.
 */
import path from 'node:path';
import { commandLine, fail, failOnConfig } from '../src/cli.ts';
import { contentDir } from '../src/config.ts';
import { formatSiteCost, measureSiteBuild } from '../src/bench/site.ts';

try {
  const { values } = commandLine(
    { content: { type: 'string' }, out: { type: 'string', default: '.archive-tmp/measure-dist' } },
    '用法：npm run measure-site [-- --content 内容目录 --out 输出目录]（usage: [-- --content DIR --out DIR]）',
  );
  const cost = await measureSiteBuild({ content: path.resolve(values.content ?? contentDir()), out: path.resolve(values.out), project: path.resolve('.') });
  console.log(formatSiteCost(cost));
} catch (error) {
  failOnConfig(error);
  fail(`测量未完成：${(error as Error).message}`, 1);
}
