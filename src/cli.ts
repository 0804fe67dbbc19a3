/**
 * What every command in scripts/ shares: its options read with node:util parseArgs (an unknown
 * option, a missing value or a bad environment variable ends the run with the usage and exit
 * code 2; so does an option written before `--` under `npm run`, which npm would keep for
 * itself), and the one way a run that fails on bad input reports and exits.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ASTRO_BUILD_VALUED, checkBuildOptions, ConfigError, isAstroBuild } from './config.ts';
import { closest, editDistance } from './ingest/closest.ts';
import { NPM_CONFIG_NAMES } from './npm-config-names.ts';
import { isCalendarDay } from './schema/day.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The command line parsed strictly against `options`; `usage` is shown with any mistake, on one
 * line, after `nothingDone` when given (没有导入任何文件). Gives parseArgs' values and positionals;
 * exits 2 (never returns) on a mistake: an unknown option (the nearest one named: --forse → 是不是
 * --force？), an option missing its value or given one it does not take.
 */
export function commandLine<O extends Options>(options: O, usage: string, { positionals = false, nothingDone = '' } = {}) {
  const beforeDashes = optionsBeforeDashes(options, process.env, process.argv.slice(2));
  if (beforeDashes) usageError(`${beforeDashes}${nothingDone ? `；${nothingDone}` : ''}`, usage);
  let parsed;
  try {
    parsed = parseArgs({ args: process.argv.slice(2), options, allowPositionals: positionals, strict: true, tokens: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = (error as Error).message;
    const option = /'(-[^']*)'/.exec(message)?.[1] ?? '';
    const after = nothingDone ? `；${nothingDone}` : '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const name = option.replace(/=.*$/, '');
      const guess = closest(name.replace(/^-+/, ''), Object.keys(options));
      return usageError(`不认识的选项“${name}”（Unknown option '${name}'）${guess ? `，是不是 --${guess}？${nothingDone}` : after}`, usage);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = option.replace(/\s.*$/, '');
      if (/ambiguous/.test(message)) return usageError(`选项 ${name} 的值以 - 开头，要写成 ${name}=值（Option '${name}' argument is ambiguous）${after}`, usage);
      const why = /argument missing/.test(message) ? '后面要写一个值' : '后面不能写值';
      return usageError(`选项 ${name} ${why}（invalid option value）${after}`, usage);
    }
    // parseArgs' message ends with advice meant for programmers; its first sentence says what is wrong.
    return usageError(`参数有误（bad arguments）：${message.split(/\.\s|\n/)[0]}${after}`, usage);
  }
  const twice = givenTwice(options, parsed.tokens);
  if (twice) usageError(`${twice}${nothingDone ? `；${nothingDone}` : ''}`, usage);
  const { tokens: _tokens, ...values } = parsed;
  return values;
}

/**
 * What to say when an option that takes one value was given two different ones (--date
 * 2026-12-02 --date 2026-12-01), or null. parseArgs would keep the last without a word; one of
 * the two is a slip, and only the person knows which. The same value twice does no harm.
 */
function givenTwice(options: Options, tokens: readonly { kind: string; name?: string; value?: string | undefined }[]): string | null {
  const seen = new Map<string, string | undefined>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined || options[token.name]?.multiple) continue;
    if (seen.has(token.name) && seen.get(token.name) !== token.value) {
      const values = [seen.get(token.name), token.value].map((v) => `“${v ?? ''}”`).join('和');
      return `选项 --${token.name} 给了两次（${values}），请只写一次（option given twice）`;
    }
    seen.set(token.name, token.value);
  }
  return null;
}

/**
 * What to say when an option was written before `--` under `npm run` (`npm run ingest --remove X`,
 * `npm run ingest --forse`), or null. npm keeps such an option for itself and passes it to the
 * script only as the environment variable npm_config_<name>, so the script would run without
 * it. Looks, when `env` says npm started the script (npm_lifecycle_event), for an
 * npm_config_<name> that is one of `options` (the script's own) or within edit distance 2 of
 * one and not one of npm's own settings (src/npm-config-names.ts). `args` are the arguments the
 * script got, for the command to write instead. Pure.
 */
export function optionsBeforeDashes(options: Options, env: NodeJS.ProcessEnv, args: readonly string[]): string | null {
  const script = env.npm_lifecycle_event;
  const names = Object.keys(options);
  if (!script || names.length === 0) return null;
  const found: { written: string; meant: string; value: string }[] = [];
  for (const [key, value] of Object.entries(env)) {
    if (!key.startsWith('npm_config_')) continue;
    const written = key.slice('npm_config_'.length).replace(/_/g, '-').toLowerCase();
    if (written.length < 2 || written.startsWith('-')) continue;
    const meant = names.includes(written)
      ? written
      : NPM_CONFIG_NAMES.has(written)
        ? undefined
        : names.filter((name) => editDistance(written, name) <= 2).sort((a, b) => editDistance(written, a) - editDistance(written, b))[0];
    if (meant) found.push({ written, meant, value: value ?? '' });
  }
  if (found.length === 0) return null;
  found.sort((a, b) => (a.written < b.written ? -1 : 1));
  // `--remove X`: npm took --remove as a flag (value "true") and left X to the script, in order.
  const rest = [...args];
  const written = found.map((f) => {
    const flag = f.value === '' || f.value === 'true';
    const value = options[f.meant].type === 'string' ? (flag ? rest.shift() : f.value) : undefined;
    return value === undefined ? `--${f.meant}` : `--${f.meant} ${shellWord(value)}`;
  });
  const command = ['npm run', script, '--', ...written, ...rest.map(shellWord)].join(' ');
  const guesses = found.filter((f) => f.written !== f.meant).map((f) => `--${f.written} 是不是 --${f.meant}？`).join('');
  return (
    `选项 ${found.map((f) => `--${f.written}`).join('、')} 写在了 -- 之前：npm 把它当作自己的设置，没有交给脚本` +
    `（${found.map((f) => `npm_config_${f.written.replace(/-/g, '_')}`).join('、')}）；${guesses}请写在 -- 之后：${command}`
  );
}

/** `word` as the shell reads it back: as is when plain, else in single quotes. */
function shellWord(word: string): string {
  return /^[\p{L}\p{N}@%+=:,./_-]+$/u.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A mistake in the command line: `message` and the usage on one line, exit code 2 (no 。 after a message that ends a sentence already: 是不是 --out？). */
export function usageError(message: string, usage: string): never {
  return fail(`${message}${/[。？]$/.test(message) ? '' : '。'}${usage}`, 2);
}

/** An option that must be a whole number of at least `min` (default 1); a usage error otherwise. */
export function wholeNumber(value: string | undefined, option: string, usage: string, min = 1): number {
  const n = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isInteger(n) || n < min) {
    usageError(`${option} 须是不小于 ${min} 的整数（${option} must be a whole number ≥ ${min}），而不是 ${JSON.stringify(value ?? '')}`, usage);
  }
  return n;
}

/** An option that must be a calendar date YYYY-MM-DD; a usage error otherwise. */
export function calendarDate(value: string, option: string, usage: string): string {
  if (!isCalendarDay(value)) {
    usageError(`${option} 须是 YYYY-MM-DD 格式的日期（${option} must be a date YYYY-MM-DD），而不是 ${JSON.stringify(value)}`, usage);
  }
  return value;
}

/** Prints `message` to stderr and exits with `code`. */
export function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

/** A bad environment variable (src/config.ts) as a usage mistake: the message and exit code 2; anything else is rethrown. */
export function failOnConfig(error: unknown): void {
  if (error instanceof ConfigError) fail(error.message, 2);
}

/**
 * The folder the person ran the command from, for the paths they typed: npm runs a script in the
 * project's root and says where it was started in INIT_CWD (`cd today && npm run ingest --
 * 2026-12-02_05.txt` names today/2026-12-02_05.txt). Only for `npm run <script>` itself, not for a
 * command a test or another script starts with npm's variables inherited. Gives process.cwd() otherwise.
 */
export function typedFrom(script: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.npm_lifecycle_event === script && env.INIT_CWD ? env.INIT_CWD : process.cwd();
}

/**
 * The options of `astro build` that npm could keep for itself when written before `--` (`npm run build --outDir x` gives
 * the build only npm_config_outdir): those npm has no meaning for. --force, --verbose and --silent are left out, as npm
 * reads those itself.
 */
const NPM_BUILD_OPTIONS: Options = Object.fromEntries(
  ['outDir', 'mode', 'devOutput', 'config', 'root', 'site', 'base'].map((name) => [name, { type: ASTRO_BUILD_VALUED.includes(name) ? 'string' : 'boolean' }]),
);

/**
 * Checks `astro build`'s command line as astro.config.mjs sees it: `argv` after node and Astro's script (['build',
 * '--outDir', 'x']), `env` the process's environment. Throws ConfigError, in one line, for an option written before `--`
 * under `npm run build` (npm keeps it as npm_config_outdir, so Astro would build into dist/), an option Astro would
 * ignore (checkBuildOptions), or a word after `build` that is no option's value (`npm run build -- /tmp/x`: Astro takes
 * none and would build into dist/). Other commands pass unchecked.
 */
export function checkAstroBuild(argv: readonly string[], env: NodeJS.ProcessEnv): void {
  if (!isAstroBuild(argv)) return;
  const beforeDashes = optionsBeforeDashes(NPM_BUILD_OPTIONS, env, argv.slice(argv.indexOf('build') + 1));
  if (beforeDashes) throw new ConfigError(beforeDashes);
  checkBuildOptions(argv);
  const end = argv.indexOf('--');
  const tokens = (end === -1 ? argv : argv.slice(0, end)).slice(argv.indexOf('build') + 1);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.startsWith('-')) {
      const name = token.replace(/^--?(no-)?/, '').split('=')[0]!.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
      if (ASTRO_BUILD_VALUED.includes(name) && !token.includes('=')) i++;
      continue;
    }
    throw new ConfigError(`astro build 不接受参数 ${shellWord(token)}，Astro 会不声不响地忽略它（输出目录请写 --outDir ${shellWord(token)}）；什么也没有构建`);
  }
}
