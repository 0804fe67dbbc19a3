/**
 * Article bodies are stored as Markdown an editor can read: paragraphs separated by a blank
 * line, subheads (小标题) as `## `. Source text is untrusted, so every character Markdown or
 * MDX could read as syntax is backslash-escaped on the way in and unescaped on the way out;
 * the round trip is exact.
 */
import type { Block } from '../schema/entries.ts';

const INLINE_SYNTAX = /[\\`*_[\]<>#|{}~&!$]/g;
/** Only at a line start, and only when followed by a space, end or a repeat: 1. 第一 / - 一项 / ---. */
const LINE_START_SYNTAX = /^(\d{1,9}[.)]|[-+=])(?=\s|$|[-=])/;
const ESCAPED = /\\([!-/:-@[-`{-~])/g;

export function escapeMarkdown(text: string): string {
  const inline = text.replace(INLINE_SYNTAX, (c) => `\\${c}`);
  return inline.replace(LINE_START_SYNTAX, (m) => m.slice(0, -1) + `\\${m.slice(-1)}`);
}

export function unescapeMarkdown(text: string): string {
  return text.replace(ESCAPED, '$1');
}

export function blocksToMarkdown(blocks: Block[]): string {
  return blocks
    .map((b) => (b.type === 'subhead' ? `## ${escapeMarkdown(b.text)}` : escapeMarkdown(b.text)))
    .join('\n\n')
    .concat(blocks.length ? '\n' : '');
}

export function markdownToBlocks(markdown: string): Block[] {
  return markdown
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.split('\n').map((l) => l.trim()).join(''))
    .filter((chunk) => chunk !== '')
    .map((chunk) => {
      const subhead = /^#{1,6}\s+(.*)$/.exec(chunk);
      return subhead
        ? { type: 'subhead' as const, text: unescapeMarkdown(subhead[1]) }
        : { type: 'paragraph' as const, text: unescapeMarkdown(chunk) };
    });
}
