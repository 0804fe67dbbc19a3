/**
 * The components staff may write in MDX pages, with the attributes each takes. The pre-build
 * check reads this list to name a misspelt component or attribute; the site maps the same names
 * to the Astro components that render them (src/topics/components.ts).
 *
 * Names are Chinese so that a topic reads as Chinese: <稿件 id="2025-12-28-01-03" />.
 */
export interface ComponentSpec {
  /** Attribute → required? */
  attributes: Record<string, boolean>;
  /** What may stand between the opening and closing tag. */
  children: 'none' | 'text';
  /** One line for error messages and docs/topics.md. */
  usage: string;
}

export const TOPIC_COMPONENTS = {
  稿件: { attributes: { id: true }, children: 'none', usage: '<稿件 id="2025-12-28-01-03" />' },
  引文: { attributes: { id: true, 段: false }, children: 'text', usage: '<引文 id="2025-12-28-01-03">原文中的一句话</引文>' },
  时间线: { attributes: { 稿件: true, 标题: false }, children: 'none', usage: '<时间线 稿件="2025-12-28-01-03 2025-12-28-01-05" />' },
  稿件列表: {
    attributes: { 作者: false, 栏目: false, 从: false, 到: false, 最多: false },
    children: 'none',
    usage: '<稿件列表 作者="陈杰" /> 或 <稿件列表 栏目="政务动态" 最多="5" />',
  },
} as const satisfies Record<string, ComponentSpec>;

/** Editorial pages are built with any content tree, so they may not cite articles. */
export const EDITORIAL_COMPONENTS = {
  标注说明: { attributes: {}, children: 'none', usage: '<标注说明 />' },
  馆藏概况: { attributes: {}, children: 'none', usage: '<馆藏概况 />' },
  本馆网址: { attributes: {}, children: 'none', usage: '<本馆网址 />' },
} as const satisfies Record<string, ComponentSpec>;

export type TopicComponentName = keyof typeof TOPIC_COMPONENTS;
export type EditorialComponentName = keyof typeof EDITORIAL_COMPONENTS;
