/**
 * npm run synth -- --issues N --out DIR [--seed S] [--start YYYY-MM-DD] [--from SEEDS_DIR] [--images]
 * Writes N consecutive days of realistic pages composed from the real seed pages
 * (content/sources unless --from), with DIR/metadata.yaml, ready for
 * `ARCHIVE_CONTENT_DIR=… npm run ingest` (DIR being that content tree's sources folder).
 * With --images, a drawn page image (JPEG, src/synth/images.ts) beside every page.
 */
import path from 'node:path';
import { calendarDate, commandLine, fail, usageError, wholeNumber } from '../src/cli.ts';
import { DEFAULT_SEED, DEFAULT_START } from '../src/synth/synthesise.ts';
import { SYNTH_IMAGE_HEIGHT, SYNTH_IMAGE_WIDTH, writePageImages } from '../src/synth/images.ts';
import { synthesiseInto } from '../src/synth/write.ts';

const USAGE = '用法：npm run synth -- --issues 期数 --out 目录 [--seed 种子] [--start 首期日期] [--from 种子版面目录] [--images]';

const { values } = commandLine(
  {
    issues: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: DEFAULT_SEED },
    start: { type: 'string', default: DEFAULT_START },
    from: { type: 'string', default: 'content/sources' },
    images: { type: 'boolean', default: false },
  },
  USAGE,
);
const issues = wholeNumber(values.issues, '--issues', USAGE);
if (!values.out) usageError('缺少 --out 目录', USAGE);
const out = path.resolve(values.out);
const start = calendarDate(values.start, '--start', USAGE);

const began = performance.now();
try {
  const made = synthesiseInto(out, { issues, start, seed: values.seed, seedsDir: path.resolve(values.from) });
  console.log(
    `已合成 ${made.issues} 期（${made.first} 至 ${made.last}）、${made.files} 个版面、${made.items} 条稿件，` +
      `共 ${(made.bytes / 1e6).toFixed(1)} MB，写入 ${path.relative(process.cwd(), out) || out}` +
      `（种子 ${values.seed}，重排 ${made.redraws} 版，用时 ${((performance.now() - began) / 1000).toFixed(1)} 秒）`,
  );
  if (values.images) {
    const drawn = performance.now();
    const written = await writePageImages(out, made.pageFiles);
    console.log(`已画出 ${written} 张版面图（JPEG ${SYNTH_IMAGE_WIDTH}×${SYNTH_IMAGE_HEIGHT}，与版面文本同名），用时 ${((performance.now() - drawn) / 1000).toFixed(1)} 秒`);
  }
} catch (error) {
  fail(`合成未完成：${(error as Error).message}`, 1);
}
