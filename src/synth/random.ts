/**
 * A small deterministic random source for the synthesiser: the same seed gives the same
 * archive on every machine and every Node version (Math.random cannot be seeded).
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** True with the given probability. */
  chance(p: number): boolean;
}

/** FNV-1a over the UTF-16 code units of a string: turns any seed text into 32 bits. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: tiny, fast, and good enough to shuffle newspaper parts. */
export function createRandom(seed: string | number): Random {
  let state = typeof seed === 'number' ? seed >>> 0 : hashSeed(seed);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => {
      if (list.length === 0) throw new Error('pick from an empty list');
      return list[Math.floor(next() * list.length)];
    },
    chance: (p) => next() < p,
  };
}

export function shuffle<T>(list: T[], rng: Random): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

/** A random element of `pool` whose key is not in `used` yet (then added); null when all are used. */
export function take<T>(rng: Random, pool: readonly T[], used: Set<string>, key: (t: T) => string): T | null {
  for (let attempt = 0; attempt < 8; attempt++) {
    const t = rng.pick(pool);
    if (!used.has(key(t))) {
      used.add(key(t));
      return t;
    }
  }
  const start = rng.int(0, pool.length - 1);
  for (let k = 0; k < pool.length; k++) {
    const t = pool[(start + k) % pool.length];
    if (!used.has(key(t))) {
      used.add(key(t));
      return t;
    }
  }
  return null;
}
