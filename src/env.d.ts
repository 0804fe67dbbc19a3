// For `npm run typecheck` (plain tsc), which cannot read .astro files: what a .astro module
// gives a TypeScript module that imports it. Astro's own tooling reads the components themselves.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const Component: AstroComponentFactory;
  export default Component;
}

// @citation-js ships no types; the tests use it to check our citation files the way a reference
// manager reads them.
declare module '@citation-js/core';
