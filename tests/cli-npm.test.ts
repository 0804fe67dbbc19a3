/**
 * An option written before `--` under `npm run` (`npm run ingest --remove X`, `npm run ingest
 * --forse`) never reaches the script as an argument: npm keeps it and sets npm_config_<name>. The
 * command-line reader (src/cli.ts) refuses it in one line, exit 2, with the command to write
 * instead, and content/ is left as it was; npm's own settings (even near an option's name) are
 * not refused. Through the real `npm run`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAstroBuild, optionsBeforeDashes } from '../src/cli.ts';
import { ConfigError } from '../src/config.ts';
import { fileHashes, scratchContent } from './helpers/scratch-content.ts';
import { SEEDS } from './helpers/seeds.ts';

const scratch = scratchContent('cli-npm');

/** `npm run <args>` in the repository, on the scratch tree, with no npm settings inherited from the test's own runner. */
function npmRun(...args: string[]) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const run = spawnSync('npm', ['run', ...args], { encoding: 'utf8', env: { ...env, ARCHIVE_CONTENT_DIR: scratch.content } });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** Refused by the script, exit 2: exactly one line of its own on stderr (npm's warnings aside), content/ as it was. */
function expectRefused(run: ReturnType<typeof npmRun>, before: Record<string, string>, said: string) {
  expect(run.code, run.out + run.err).toBe(2);
  const ours = run.err.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm '));
  expect(ours, run.err).toHaveLength(1);
  expect(ours[0]).toContain(said);
  expect(ours[0]).toMatch(/^选项 --\S+ 写在了 -- 之前：npm 把它当作自己的设置，没有交给脚本/);
  expect(ours[0]).toContain('没有导入任何文件。用法：npm run ingest -- ');
  expect(run.out).not.toContain('导入完成');
  expect(fileHashes(scratch.content)).toEqual(before);
}

describe('npm run ingest with an option before --', () => {
  it.each([
    [['--remove', SEEDS[0]], `（npm_config_remove）；请写在 -- 之后：npm run ingest -- --remove ${SEEDS[0]}；`],
    [['--forse'], '--forse 是不是 --force？请写在 -- 之后：npm run ingest -- --force；'],
    [['--force'], '请写在 -- 之后：npm run ingest -- --force；'],
    [['--recovr'], '--recovr 是不是 --recover？请写在 -- 之后：npm run ingest -- --recover；'],
    [['--page=3', '--date', '2025-12-28', 'x.txt'], '请写在 -- 之后：npm run ingest -- --date 2025-12-28 --page 3 x.txt；'],
    [['--force', '--', SEEDS[1]], `请写在 -- 之后：npm run ingest -- --force ${SEEDS[1]}；`],
  ])('npm run ingest %j is refused, naming the command to write', (args, said) => {
    const before = fileHashes(scratch.content);
    expectRefused(npmRun('ingest', ...args), before, said);
  });

  it('an npm setting near an option name is npm’s own, not refused: npm run export --omit=dev -- --out DIR', () => {
    const out = path.join(scratch.root, 'export');
    const run = npmRun('export', '--omit=dev', '--', '--out', out);
    expect(run.code, run.err).toBe(0);
    expect(fs.existsSync(path.join(out, 'articles.jsonl'))).toBe(true);
  });
});

describe('optionsBeforeDashes', () => {
  const OPTIONS = { force: { type: 'boolean' }, remove: { type: 'string', multiple: true }, out: { type: 'string' } } as const;
  it('says nothing outside npm, for npm’s own settings, or far from every option', () => {
    expect(optionsBeforeDashes(OPTIONS, { npm_config_force: 'true' }, [])).toBeNull();
    expect(optionsBeforeDashes(OPTIONS, { npm_lifecycle_event: 'ingest', npm_config_omit: 'dev', npm_config_tag: 'latest', npm_config_cache: '/x' }, [])).toBeNull();
    expect(optionsBeforeDashes(OPTIONS, { npm_lifecycle_event: 'ingest', npm_config_verbose_thing: 'true' }, [])).toBeNull();
    expect(optionsBeforeDashes({}, { npm_lifecycle_event: 'build', npm_config_forse: 'true' }, [])).toBeNull();
  });

  it('quotes a value the shell would split', () => {
    expect(optionsBeforeDashes(OPTIONS, { npm_lifecycle_event: 'export', npm_config_out: 'my dir' }, [])).toMatch(/npm run export -- --out 'my dir'$/);
  });
});

describe('npm run build: every word of its command line reaches Astro or is refused, before anything is built', () => {
  it('refuses --outDir written before --, which npm would keep for itself while Astro built into dist/', () => {
    const out = path.join(scratch.root, 'never-built');
    const run = npmRun('build', '--outDir', out);
    expect(run.code, run.out + run.err).toBe(2);
    const ours = run.err.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm '));
    expect(ours, run.err).toHaveLength(1);
    expect(ours[0]).toContain(`选项 --outdir 写在了 -- 之前：npm 把它当作自己的设置，没有交给脚本（npm_config_outdir）；--outdir 是不是 --outDir？请写在 -- 之后：npm run build -- --outDir ${out}`);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses a word after build that is no option’s value (npm run build -- /tmp/x), naming --outDir', () => {
    expect(() => checkAstroBuild(['build', '/tmp/x'], {})).toThrow(ConfigError);
    expect(() => checkAstroBuild(['build', '/tmp/x'], {})).toThrow('astro build 不接受参数 /tmp/x，Astro 会不声不响地忽略它（输出目录请写 --outDir /tmp/x）；什么也没有构建');
    for (const argv of [['build'], ['build', '--outDir', '/tmp/x'], ['build', '--outDir=/tmp/x', '--mode', 'production', '--force'], ['dev', '/tmp/x'], ['preview']]) {
      expect(() => checkAstroBuild(argv, { npm_lifecycle_event: 'build' }), argv.join(' ')).not.toThrow();
    }
  });
});
