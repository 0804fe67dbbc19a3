/**
 * A collection whose folder a content tree may lack: 专题 (content/topics/) is written by the
 * staff when they have a guide to publish, and a new archive has none. Astro's glob() loader
 * warns at every build when its folder is missing or holds no matching file; a build of an
 * archive without topics is no fault, so this loader says nothing and keeps the collection empty.
 */
import { existsSync, readdirSync } from 'node:fs';
import type { Loader } from 'astro/loaders';

/**
 * Wraps `loader` (Astro's glob() over `folder`, the files ending in `ext`): while `folder` is
 * missing or holds no such file directly inside it, the collection is emptied and `loader` is
 * not run; otherwise `loader` loads as it would alone. Takes an absolute or project-relative
 * folder path and a file ending such as '.mdx'; throws nothing of its own.
 */
export function optionalFolder(folder: string, ext: string, loader: Loader): Loader {
  return {
    name: `optional-${loader.name}`,
    load: async (context) => {
      if (!holdsAny(folder, ext)) {
        context.store.clear();
        return;
      }
      await loader.load(context);
    },
  };
}

/** Whether `folder` exists and holds at least one file ending in `ext` directly inside it. */
export function holdsAny(folder: string, ext: string): boolean {
  if (!existsSync(folder)) return false;
  return readdirSync(folder, { withFileTypes: true }).some((entry) => entry.isFile() && entry.name.endsWith(ext));
}
