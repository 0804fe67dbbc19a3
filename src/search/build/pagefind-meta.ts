/**
 * What a written Pagefind bundle says about itself in its index list (pagefind.<hash>.pf_meta):
 * its pages with their word counts, and its index chunks, each the range of words (from, to)
 * it holds. Read at build time to write what the browser needs beside the bundle
 * (prefix-chunks.json, and the term directory's score bounds).
 *
 * The file is gzip, the signature `pagefind_dcd`, then one CBOR array: version, pages
 * [[hash, word count] …], index chunks [[from, to, hash] …], filter chunks, sorts, meta fields
 * (Pagefind's pagefind_web/src/metadata.rs describes it). Only the CBOR the file uses is read:
 * unsigned and negative integers, text, arrays. A file in any other shape stops the build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface PagefindChunk {
  /** The first and last word of the chunk, each cut to the letters that set it apart from the neighbouring chunk. */
  from: string;
  to: string;
  hash: string;
}

export interface PagefindMeta {
  version: string;
  pages: { hash: string; words: number }[];
  chunks: PagefindChunk[];
}

const SIGNATURE = 'pagefind_dcd';

/** A minimal CBOR reader for the types listed above; throws on anything else. */
function readCbor(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
    if (!size) throw new Error(`CBOR: 不支持的长度标记 ${info}（第 ${at} 字节）`);
    const value = size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : size === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
    at += size;
    return value;
  };
  const item = (): unknown => {
    if (at >= bytes.length) throw new Error('CBOR: 文件提前结束');
    const head = bytes[at++];
    const [major, info] = [head >> 5, head & 31];
    if (major === 0) return length(info);
    if (major === 1) return -1 - length(info);
    if (major === 3) {
      const n = length(info);
      const s = text.decode(bytes.subarray(at, at + n));
      at += n;
      return s;
    }
    if (major === 4) {
      const n = length(info);
      return Array.from({ length: n }, item);
    }
    throw new Error(`CBOR: 不支持的类型 ${major}（第 ${at - 1} 字节）`);
  };
  // The file is one array; Pagefind may add fields after the ones read here.
  return item();
}

/** The index list of the bundle in `bundleDir` (the language Pagefind wrote: ours is one). Throws when it cannot be read. */
export function readPagefindMeta(bundleDir: string): PagefindMeta {
  const entry = JSON.parse(readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const languages = Object.values(entry.languages);
  if (languages.length !== 1) throw new Error(`检索索引 ${bundleDir}：应只有一种语言的索引，实有 ${languages.length} 种`);
  const file = path.join(bundleDir, `pagefind.${languages[0].hash}.pf_meta`);
  const raw = gunzipSync(readFileSync(file));
  if (new TextDecoder().decode(raw.subarray(0, SIGNATURE.length)) !== SIGNATURE) throw new Error(`${file}：不是 Pagefind 的索引目录文件`);
  const top = readCbor(raw.subarray(SIGNATURE.length));
  const strings = (x: unknown, n: number) => Array.isArray(x) && x.length >= n && x.slice(0, n).every((v) => typeof v === 'string' || typeof v === 'number');
  if (!Array.isArray(top) || typeof top[0] !== 'string' || !Array.isArray(top[1]) || !Array.isArray(top[2]) || !top[1].every((p) => strings(p, 2)) || !top[2].every((c) => strings(c, 3))) {
    throw new Error(`${file}：格式与 Pagefind ${String((top as unknown[])?.[0])} 的索引目录不符`);
  }
  return {
    version: top[0],
    pages: (top[1] as [string, number][]).map(([hash, words]) => ({ hash, words })),
    chunks: (top[2] as [string, string, string][]).map(([from, to, hash]) => ({ from, to, hash })),
  };
}
