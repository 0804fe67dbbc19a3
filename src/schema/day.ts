/**
 * A day as staff type it in YAML (a topic's span, a 校订 date). YAML reads an unquoted
 * 2025-12-27 as a date and a quoted one as a string; both mean the same day here.
 */

/** A valid Date as its day, YYYY-MM-DD (UTC, as YAML reads it); anything else as it is, for the schema to check. */
export function yamlDay(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}
