/**
 * Preloaded by every `npm run` script that runs our TypeScript (package.json: `node --import
 * ./scripts/compile-cache.mjs scripts/….ts`). Node then keeps each module's type-stripped and
 * compiled code on disk (os.tmpdir()/node-compile-cache, or the folder NODE_COMPILE_CACHE names)
 * and reuses it while the file is unchanged, as Astro's own bin does. Loading the ingest's modules
 * took 0.50 s of every ingest's start and takes 0.28 s with the cache (`node … scripts/ingest.ts
 * --help`, four runs each, 2026-12-05). JavaScript, not TypeScript: a .ts file here would load
 * the type stripper before the cache is on, which is most of what the cache saves.
 */
import module from 'node:module';

module.enableCompileCache?.();
