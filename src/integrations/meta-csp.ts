/**
 * Tells the page frame (src/layouts/Base.astro) whether to carry the Content-Security-Policy as a
 * meta tag: in `astro build`, yes (hosts that cannot send headers get the policy all the same);
 * in `astro dev`, no (its own scripts are inline). Decided by Astro's command, not by NODE_ENV,
 * which a build started from a test runner inherits. Wired up in astro.config.mjs.
 */
import type { AstroIntegration } from 'astro';

export function metaCsp(): AstroIntegration {
  return {
    name: 'archive-meta-csp',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.ARCHIVE_META_CSP': JSON.stringify(command === 'build') } } });
      },
    },
  };
}
