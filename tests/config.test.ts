/**
 * BASE_PATH and SITE_URL are checked before anything is built (src/config.ts): a bad value ends
 * `npm run check-content` (the first step of `npm run build`) and a bare `astro build` in one line
 * naming the variable, exit 2. Without SITE_URL a build is a preview build; a deploy build
 * (DEPLOY=1, what docs/deploy.md and CI run) refuses to start without it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePath, checkBuildOptions, ConfigError, envFilesNotice, isDeployBuild, siteUrl } from '../src/config.ts';

const BAD_BASES = ['/../../x/', '/a/../b/', '/./', 'a b', '/x?y', '/x#y', '//evil.example/', '/<script>/', '/a\\b/'];
/** Bad SITE_URLs and what the refusal names. */
const BAD_SITES: [string, string][] = [
  ['javascript:alert(1)//', '协议 javascript: 不行，只能是 http: 或 https:'],
  ['data:text/html,<script>alert(1)</script>', '协议 data: 不行'],
  ['ftp://archive.example.org', '协议 ftp: 不行'],
  ['https://archive.example.org/archive/', '不能带路径'],
  ['https://archive.example.org?x=1', '不能带 ? 查询参数'],
  ['https://archive.example.org/#top', '不能带 # 片段'],
  ['https://user:pass@archive.example.org', '不能带用户名或密码'],
  ['https://user@archive.example.org', '不能带用户名或密码'],
  ['archive.example.org', '不是完整的网址'],
  ['https://', '不是完整的网址'],
  ['https://exa mple.org', '不是完整的网址'],
];

describe('src/config.ts', () => {
  it.each(BAD_BASES)('refuses BASE_PATH=%s, naming the variable', (value) => {
    expect(() => basePath({ BASE_PATH: value })).toThrow(ConfigError);
    expect(() => basePath({ BASE_PATH: value })).toThrow(/^环境变量 BASE_PATH=.* 无效：须是网址路径/);
  });

  it.each(['/', '', '/archive/', 'archive', '/dtrb/2025/', '/档案/', '/a-b_c.d~e/'])('takes BASE_PATH=%s', (value) => {
    expect(basePath({ BASE_PATH: value })).toBe(value === '' ? '/' : value);
  });

  it.each(BAD_SITES)('refuses SITE_URL=%s, naming the variable and what is wrong', (value, why) => {
    expect(() => siteUrl({ SITE_URL: value })).toThrow(/^环境变量 SITE_URL=.* 无效：.*；须是网站的来源/);
    expect(() => siteUrl({ SITE_URL: value })).toThrow(why);
  });

  it('does not repeat a password given in SITE_URL', () => {
    expect(() => siteUrl({ SITE_URL: 'https://editor:s3cret@archive.example.org' })).toThrow('环境变量 SITE_URL="https://…@archive.example.org" 无效：不能带用户名或密码');
    expect(() => siteUrl({ SITE_URL: 'https://editor:s3cret@archive.example.org' })).not.toThrow(/s3cret/);
  });

  it('takes an origin, with or without the final slash, with a port', () => {
    expect(siteUrl({ SITE_URL: 'https://dtrb.example.cn/' })).toBe('https://dtrb.example.cn');
    expect(siteUrl({ SITE_URL: 'http://127.0.0.1:4321' })).toBe('http://127.0.0.1:4321');
  });

  it('without SITE_URL a build is a preview build; DEPLOY=1 requires SITE_URL', () => {
    expect(siteUrl({})).toBeNull();
    expect(isDeployBuild({})).toBe(false);
    expect(() => siteUrl({ DEPLOY: '1' })).toThrow(/发布构建（DEPLOY=1）必须设置 SITE_URL/);
    expect(siteUrl({ DEPLOY: '1', SITE_URL: 'https://dtrb.example.cn' })).toBe('https://dtrb.example.cn');
    expect(() => isDeployBuild({ DEPLOY: 'yes' })).toThrow(/DEPLOY/);
  });

  it.each(['yes', 'true', 'on', '2', ' 1'])('refuses DEPLOY=%s whether or not SITE_URL is set', (value) => {
    for (const env of [{ DEPLOY: value }, { DEPLOY: value, SITE_URL: 'https://x.cn' }]) {
      expect(() => siteUrl(env)).toThrow(ConfigError);
      expect(() => siteUrl(env)).toThrow(`环境变量 DEPLOY="${value}" 无效：只能是 1（发布构建：必须设置 SITE_URL）或 0/不设（可以是预览构建），如 DEPLOY=1（见 docs/deploy.md）`);
    }
    expect(siteUrl({ DEPLOY: '0', SITE_URL: 'https://x.cn' })).toBe('https://x.cn');
  });
});

describe('the build refuses bad settings in one line, exit 2', () => {
  const run = (args: string[], env: Record<string, string>) => {
    const result = spawnSync(process.execPath, args, { env: { ...process.env, SITE_URL: '', BASE_PATH: '', DEPLOY: '', ...env }, encoding: 'utf8' });
    return { code: result.status, out: `${result.stdout}${result.stderr}` };
  };
  const checkContent = (env: Record<string, string>) => run([path.resolve('scripts/check-content.ts')], env);
  // Astro reads astro.config.mjs first: a refusal there costs no build.
  const astroBuild = (env: Record<string, string>) => run([path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', path.resolve('.archive-tmp/settings-never-built')], env);

  it.each([
    ['BASE_PATH', '/../../x/'],
    ['SITE_URL', 'javascript:alert(1)//'],
    ['DEPLOY', '1'],
    ['DEPLOY', 'yes'],
  ])('%s=%s', (name, value) => {
    for (const step of [checkContent, astroBuild]) {
      // DEPLOY=yes with a valid SITE_URL: the value itself is refused, not only its missing SITE_URL.
      const { code, out } = step({ [name]: value, ...(value === 'yes' ? { SITE_URL: 'https://x.cn' } : {}) });
      expect(code, out).toBe(2);
      expect(out).toContain(value === '1' ? '发布构建（DEPLOY=1）必须设置 SITE_URL' : `环境变量 ${name}=`);
      expect(out.trim().split('\n').filter((l) => l.trim() !== '' && !l.startsWith('用法'))).toHaveLength(1);
      expect(out).not.toMatch(/\n\s+at |Stack trace/);
    }
  });

  it('astro build refuses an option it would ignore (--outdir for --outDir), before building', () => {
    const { code, out } = run([path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outdir', path.resolve('.archive-tmp/settings-never-built')], {});
    expect(code, out).toBe(2);
    expect(out.trim()).toBe('astro build 不认识选项 --outdir，Astro 会不声不响地忽略它（选项区分大小写，是 --outDir 吧？）；什么也没有构建');
    expect(fs.existsSync(path.resolve('.archive-tmp/settings-never-built'))).toBe(false);
  });

  it('astro build refuses an option that takes a value written without one (--outDir last), which Astro would drop', () => {
    for (const argv of [['build', '--outDir'], ['build', '--outDir', '--force'], ['build', '--root']]) {
      expect(() => checkBuildOptions(argv), argv.join(' ')).toThrow(ConfigError);
    }
    expect(() => checkBuildOptions(['build', '--outDir'])).toThrow('astro build 的选项 --outDir 后面少了它的值（如 --outDir dist-scratch），Astro 会不声不响地忽略它；什么也没有构建');
    for (const argv of [['build', '--outDir', 'dist-scratch'], ['build', '--outDir=dist-scratch', '--force'], ['build', '--out-dir', 'x'], ['preview', '--outDir']]) {
      expect(() => checkBuildOptions(argv), argv.join(' ')).not.toThrow();
    }
  });

  it('npm run preview refuses a bad BASE_PATH or --base the same way', () => {
    const preview = (args: string[], env: Record<string, string>) => run([path.resolve('scripts/preview.ts'), '--dir', 'no-such-dist', ...args], env);
    for (const [args, env, said] of [
      [[], { BASE_PATH: '/../../x/' }, '环境变量 BASE_PATH="/../../x/" 无效：须是网址路径'],
      [['--base', '/a b/'], {}, '--base "/a b/" 无效：须是网址路径'],
    ] as const) {
      const { code, out } = preview([...args], env);
      expect(code, out).toBe(2);
      expect(out).toContain(said);
      expect(out.trim().split('\n')).toHaveLength(1);
      expect(out).not.toMatch(/\n\s+at |ConfigError/);
    }
  });
});

describe('.env files', () => {
  it('are named in a notice saying the archive reads only the environment', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'env-notice-'));
    try {
      expect(envFilesNotice(dir)).toBeNull();
      fs.writeFileSync(path.join(dir, '.env'), 'SITE_URL=https://evil.example\n');
      fs.writeFileSync(path.join(dir, '.env.production'), 'DEPLOY=1\n');
      fs.writeFileSync(path.join(dir, '.envrc'), '');
      expect(envFilesNotice(dir)).toBe('注意：.env、.env.production 不会被读取——本档案的设置只看环境变量，如 SITE_URL=https://… DEPLOY=1 npm run build（docs/deploy.md）');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
