/**
 * What every command in scripts/ shares: its options read with node:util parseArgs (an unknown
 * option, a missing value or a bad environment variable ends the run with the usage and exit
 * code 2), and the one way a run that fails on bad input reports and exits.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from './config.ts';
import { closest } from './ingest/closest.ts';
import { isCalendarDay } from './schema/day.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The command line parsed strictly against `options`; `usage` is shown with any mistake, on one
 * line, after `nothingDone` when given (没有导入任何文件). Gives parseArgs' values and positionals;
 * exits 2 (never returns) on a mistake: an unknown option (the nearest one named: --forse → 是不是
 * --force？), an option missing its value or given one it does not take.
 */
export function commandLine<O extends Options>(options: O, usage: string, { positionals = false, nothingDone = '' } = {}) {
  try {
    return parseArgs({ args: process.argv.slice(2), options, allowPositionals: positionals, strict: true });
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
}

/** A mistake in the command line: `message` and the usage on one line, exit code 2. */
export function usageError(message: string, usage: string): never {
  return fail(`${message}。${usage}`, 2);
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
