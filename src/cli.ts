/**
 * What every command in scripts/ shares: its options read with node:util parseArgs (an unknown
 * option, a missing value or a bad environment variable ends the run with the usage and exit
 * code 2), and the one way a run that fails on bad input reports and exits.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from './config.ts';
import { closest } from './ingest/closest.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The command line parsed strictly against `options`; `usage` is shown with any mistake.
 * Gives parseArgs' values and positionals; exits 2 (never returns) on a mistake.
 */
export function commandLine<O extends Options>(options: O, usage: string, { positionals = false } = {}) {
  try {
    return parseArgs({ args: process.argv.slice(2), options, allowPositionals: positionals, strict: true });
  } catch (error) {
    // A mistyped option (--forse) is refused, never dropped: say which one was meant.
    const unknown = /Unknown option '(--?[^']+)'/.exec((error as Error).message)?.[1];
    const guess = unknown ? closest(unknown.replace(/^-+/, ''), Object.keys(options)) : undefined;
    const mistake = unknown ? `未知选项 ${unknown}（unknown option）${guess ? `；是不是 --${guess}？` : ''}` : (error as Error).message;
    return fail(`${mistake}\n${usage}`, 2);
  }
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
