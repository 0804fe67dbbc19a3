/**
 * An article's frontmatter text, byte for byte what the yaml package writes for it with the
 * archive's options (block style, two-space indent, strings double-quoted and never folded,
 * plain keys), without building yaml's document of nodes for every article: that was a fifth
 * of the ingest's time. Data outside the simple shapes below is handed to yaml itself, so the
 * text is the same either way (tests/content/frontmatter.test.ts compares the two on random data).
 */
import { stringify } from 'yaml';

/** The options every article's frontmatter is written with (write.ts). */
export const FRONTMATTER_OPTIONS = { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' } as const;

/**
 * `data` as a YAML block mapping, as `stringify(data, FRONTMATTER_OPTIONS)` gives it (final
 * newline included). Takes any value yaml can write; throws what yaml throws.
 */
export function frontmatterText(data: unknown): string {
  return simpleFrontmatter(data) ?? stringify(data, FRONTMATTER_OPTIONS);
}

/** A value this module cannot write as yaml would. */
const UNSUPPORTED = Symbol('unsupported');

/**
 * The same text written directly, or null when `data` is not a non-empty plain object of
 * plain objects, arrays, null, booleans, safe integers and strings without control characters
 * or lone surrogates, keyed by lower-camel-case words (the shapes whose yaml text is fixed by
 * its rules: a double-quoted string is then its JSON string, a key its own letters).
 */
export function simpleFrontmatter(data: unknown): string | null {
  if (!isPlainObject(data)) return null;
  const out = mapping(data, '', new Set());
  return out === UNSUPPORTED || out === '' ? null : out;
}

/** Objects and arrays met so far: yaml writes one met twice as an anchor and an alias. */
type Seen = Set<object>;

function mapping(map: Record<string, unknown>, indent: string, seen: Seen): string | typeof UNSUPPORTED {
  if (seen.has(map)) return UNSUPPORTED;
  seen.add(map);
  let out = '';
  for (const key of Object.keys(map)) {
    const value = map[key];
    // yaml leaves out a key whose value is undefined.
    if (value === undefined) continue;
    if (!PLAIN_KEY.test(key) || RESERVED_KEYS.has(key)) return UNSUPPORTED;
    const rest = afterKey(value, indent, seen);
    if (rest === UNSUPPORTED) return UNSUPPORTED;
    out += `${indent}${key}:${rest}`;
  }
  return out;
}

/** What follows `key:` (or `-`): ` scalar\n`, ` []\n`, or a newline and the nested block. */
function afterKey(value: unknown, indent: string, seen: Seen): string | typeof UNSUPPORTED {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (seen.has(value)) return UNSUPPORTED;
    seen.add(value);
    if (value.length === 0) return ' []\n';
    const items = sequence(value, inner, seen);
    return items === UNSUPPORTED ? UNSUPPORTED : `\n${items}`;
  }
  if (isPlainObject(value)) {
    if (Object.values(value).every((v) => v === undefined)) return seen.has(value) ? UNSUPPORTED : (seen.add(value), ' {}\n');
    const pairs = mapping(value, inner, seen);
    return pairs === UNSUPPORTED ? UNSUPPORTED : `\n${pairs}`;
  }
  const text = scalar(value);
  return text === UNSUPPORTED ? UNSUPPORTED : ` ${text}\n`;
}

function sequence(items: unknown[], indent: string, seen: Seen): string | typeof UNSUPPORTED {
  let out = '';
  for (const item of items) {
    if (item === undefined) return UNSUPPORTED;
    if (isPlainObject(item) && Object.values(item).some((v) => v !== undefined)) {
      // A mapping in a sequence: its first pair on the dash's line, the rest under it.
      const pairs = mapping(item, `${indent}  `, seen);
      if (pairs === UNSUPPORTED) return UNSUPPORTED;
      out += `${indent}- ${pairs.slice(indent.length + 2)}`;
    } else if (Array.isArray(item) && item.length > 0) {
      return UNSUPPORTED;
    } else {
      const rest = afterKey(item, indent, seen);
      if (rest === UNSUPPORTED) return UNSUPPORTED;
      out += `${indent}-${rest}`;
    }
  }
  return out;
}

function scalar(value: unknown): string | typeof UNSUPPORTED {
  if (value === null) return 'null';
  if (value === true || value === false) return String(value);
  if (typeof value === 'number') return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value) : UNSUPPORTED;
  // JSON.stringify escapes only `"`, `\` and control characters, which yaml's double quotes keep
  // as JSON writes them, except a line break and the \u escapes (control characters, lone
  // surrogates): those it writes its own way, so they go to yaml.
  if (typeof value === 'string') return CONTROL.test(value) || !value.isWellFormed() ? UNSUPPORTED : JSON.stringify(value);
  return UNSUPPORTED;
}

const PLAIN_KEY = /^[a-z][A-Za-z]*$/;
/** Words yaml would read as null or a boolean, so it quotes them as keys. */
const RESERVED_KEYS = new Set(['null', 'true', 'false']);
const CONTROL = /[\x00-\x1f]/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
