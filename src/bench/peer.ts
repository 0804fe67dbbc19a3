/**
 * The naive peer the benchmark compares our build with (issue 18): the same stack used the
 * plainest way — one Astro glob() collection of the ingested Markdown articles, one page each
 * (headline and body), then `pagefind --site dist` over the built HTML. Its code lives only in
 * the scratch folder this module writes; it is never part of the site.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Vite's dependency cache of its own: with the default (node_modules/.vite, and node_modules is
// linked from our project) the peer's build would leave its settings there, and our daily build
// run after it would optimise its dependencies anew ("vite config has changed"), as no staff
// machine does.
const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ build: { format: 'directory' }, vite: { cacheDir: 'vite-cache' } });
`;

const collections = (articles: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(articles)} }) }) };
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>{entry.data.headline ?? entry.id}</title></head>
  <body><main data-pagefind-body><h1>{entry.data.headline}</h1><Content /></main></body>
</html>
`;

/**
 * Writes the peer's project into `dir` (node_modules linked from `project`), reading the
 * Markdown articles under `articles`; gives the two commands to run there, build then index.
 */
export function writePeer(dir: string, articles: string, project: string): { build: string[]; index: string[] } {
  mkdirSync(path.join(dir, 'src/pages/articles'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'naive-peer', private: true, type: 'module' }));
  writeFileSync(path.join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(path.join(dir, 'src/content.config.ts'), collections(articles));
  writeFileSync(path.join(dir, 'src/pages/articles/[...id].astro'), PAGE);
  symlinkSync(path.join(project, 'node_modules'), path.join(dir, 'node_modules'));
  const bin = (name: string) => path.join(dir, 'node_modules/.bin', name);
  return { build: [bin('astro'), 'build'], index: [bin('pagefind'), '--site', 'dist'] };
}
