/**
 * Reading the archive as an e-edition, on the fixture archive under /archive/ in headless
 * Chromium, on a phone (375 px, light) and a desktop (1280 px, dark), the type at both widths in
 * both schemes: 版面导航 and 本版标题 beside every page and
 * article with 上一版/下一版 and 上一篇/下一篇, Chinese type (quotation marks full-width),
 * photo news, the citation line, the favicon, the CSV's addresses, sharing and printing, 跳到日期,
 * and the way back from an article opened from a search. Screenshots of the 版 page, the article
 * page and the article page opened from a search go to screenshots/. Every page opened records page errors, console
 * errors and failed requests; each test ends with none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { openScenario, openView, requireBuilt, PHONE_AND_DESKTOP, VIEWS, type Scenario, type View } from './support/scenario.ts';
import { fixtureSite } from '../helpers/sites.ts';
import { screenshot, seriousAxeViolations } from '../helpers/browser.ts';
import { readArchive } from '../../src/content/archive.ts';
import { readResults } from './support/search-page.ts';

const site = fixtureSite();
const archive = readArchive(site.contentDir);
requireBuilt(site.dir, ['index.html', 'articles/2025-12-28-01-02/index.html']);

let scenario: Scenario;
/** Responses of 400 and over, from every page this file opens. */
const failed: string[] = [];
beforeAll(async () => {
  scenario = await openScenario(site.dir, { base: site.base });
});
afterAll(async () => {
  await scenario?.close();
});


/** A page of the fixture site at one width and colour scheme, its failed requests recorded. */
function open(path: string, view: View, options: BrowserContextOptions = {}): Promise<Page> {
  return openView(scenario, path, view, failed, options);
}

async function done(page: Page): Promise<void> {
  await page.context().close();
  expect(scenario.problems).toEqual([]);
  expect(failed).toEqual([]);
}

describe.each(VIEWS)('at $width px, $colorScheme', (view) => {
  it('sets Chinese quotation marks full-width in body text, as wide as a Han character', async () => {
    const page = await open('articles/2025-12-28-01-02/', view);
    // Every “ ” in the article's paragraphs between two Han characters on one line, measured
    // against the Han character before it. (Beside other punctuation or at a line's start or
    // end, Chrome trims the blank half of full-width punctuation, as Chinese typesetting does.)
    const widths = await page.locator('.article-body p').evaluateAll((paragraphs) => {
      const found: { quote: number; han: number }[] = [];
      for (const p of paragraphs) {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (let i = 1; i < text.length - 1; i++) {
            if (!'“”'.includes(text[i]) || !/\p{Script=Han}/u.test(text[i - 1]) || !/\p{Script=Han}/u.test(text[i + 1])) continue;
            const box = (at: number) => {
              const range = document.createRange();
              range.setStart(node!, at);
              range.setEnd(node!, at + 1);
              return range.getBoundingClientRect();
            };
            const [before, quote, after] = [box(i - 1), box(i), box(i + 1)];
            if (before.top !== quote.top || after.top !== quote.top) continue;
            found.push({ quote: quote.width, han: before.width });
          }
        }
      }
      return found;
    });
    expect(widths.length).toBeGreaterThanOrEqual(2);
    for (const { quote, han } of widths) expect(quote).toBeGreaterThanOrEqual(han * 0.9);
    await done(page);
  });
});

describe.each(PHONE_AND_DESKTOP)('citation and favicon at $width px, $colorScheme', (view) => {
  it('never breaks the date and 版次 of a reference across lines, on any article', async () => {
    const page = await open(`articles/${archive.articles[0].id}/`, view);
    const broken: string[] = [];
    for (const article of archive.articles) {
      await page.goto(new URL(`articles/${article.id}/`, scenario.url).href);
      // how many lines the text 2025-12-28(1, 3) of each reference takes, found by its text
      const lines = await page.locator('.cite-box .reference').evaluateAll((references) =>
        references.map((reference) => {
          const text = reference.textContent ?? '';
          const match = /\d{4}-\d{2}-\d{2}\(\d+(?:, \d+)*\)/.exec(text);
          if (!match) return { text, lines: 0 };
          const nodes: Text[] = [];
          const walker = document.createTreeWalker(reference, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
          const at = (offset: number): [Text, number] => {
            for (const node of nodes) {
              if (offset <= node.length) return [node, offset];
              offset -= node.length;
            }
            return [nodes.at(-1)!, nodes.at(-1)!.length];
          };
          const range = document.createRange();
          range.setStart(...at(match.index));
          range.setEnd(...at(match.index + match[0].length));
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          return { text: match[0], lines: tops.size };
        }),
      );
      expect(lines, article.id).toHaveLength(2);
      for (const l of lines) if (l.lines !== 1) broken.push(`${article.id}: ${l.text} on ${l.lines} lines`);
    }
    expect(broken).toEqual([]);
    await done(page);
  });

  it('cites an article continued on 第三版 with both pages', async () => {
    const page = await open('articles/2025-12-28-01-01/', view);
    await expect.poll(() => page.locator('#cite-gbt7714').innerText()).toMatch(/大同日报, 2025-12-28\(1, 3\)\.$/);
    expect(await page.locator('#cite-gbt7714-online').innerText()).toMatch(/大同日报, 2025-12-28\(1, 3\)\[\d{4}-\d{2}-\d{2}\]\. https:\/\/archive\.example\.org\/archive\/articles\/2025-12-28-01-01\/\.$/);
    await done(page);
  });

  it('has a favicon under the base path, so no visit asks for a missing one', async () => {
    const page = await open('issues/2025-12-28/', view);
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).toBe('/archive/favicon.svg');
    const served = await page.evaluate(async (url) => {
      const r = await fetch(url);
      return { status: r.status, type: r.headers.get('content-type'), svg: (await r.text()).startsWith('<svg') };
    }, icon!);
    expect(served).toEqual({ status: 200, type: 'image/svg+xml', svg: true });
    await page.waitForLoadState('networkidle');
    await done(page);
  });
});

describe.each(PHONE_AND_DESKTOP)('photo news at $width px, $colorScheme', (view) => {
  const photoNews = archive.articles.filter((a) => a.kind === 'photo');
  const count = (text: string, part: string) => text.split(part).length - 1;

  it('shows the caption and the photographer once on the article page, headed 图片新闻 once', async () => {
    expect(photoNews.map((a) => a.id).sort()).toEqual(['2022-01-19-01-02', '2023-10-23-01-01']);
    const page = await open(`articles/${photoNews[0].id}/`, view);
    for (const article of photoNews) {
      await page.goto(new URL(`articles/${article.id}/`, scenario.url).href);
      const [photo] = archive.photosByArticle.get(article.id)!;
      // what the reader sees of the article, but for the reference (which must name it) and the neighbours
      const shown = await page.locator('article.article').evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelector('.cite-box')?.remove();
        document.body.append(copy);
        const text = copy.innerText;
        copy.remove();
        return text;
      });
      const opening = photo.caption.slice(0, 12);
      expect(count(shown, opening), `${article.id}: ${opening}`).toBe(1);
      expect(count(shown, photo.photographers[0]), article.id).toBe(1);
      expect(count(await page.locator('#headline').innerText(), '图片新闻'), article.id).toBe(1);
      expect(await page.locator('#photo-1').innerText()).toContain(photo.caption);
    }
    await done(page);
  });

  it('lists photo news on its 版 once: 图片新闻 once, the caption\'s words once', async () => {
    const page = await open('issues/2022-01-19/01/', view);
    const item = page.locator('.article-list > li').filter({ has: page.locator('a[href$="/articles/2022-01-19-01-02/"]') });
    const text = await item.innerText();
    expect(count(text, '图片新闻')).toBe(1);
    expect(count(text, '为有效增强学生安全防范意识')).toBe(1);
    await done(page);
  });
});

describe.each(PHONE_AND_DESKTOP)('the CSV download at $width px, $colorScheme', (view) => {
  it('gives every article row its full address, which opens the article, and how its date is known', async () => {
    const page = await open('data/', view);
    const link = page.locator('a[href$="/data/articles.csv"]').first();
    await expect.poll(() => link.isVisible()).toBe(true);
    const rows = await page.evaluate(async (url) => {
      // RFC 4180, as a spreadsheet reads it: quoted cells may hold commas, quotes and line breaks
      const text = (await (await fetch(url)).text()).replace(/^\uFEFF/, '');
      const out: string[][] = [[]];
      let cell = '';
      let quoted = false;
      for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
          if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
          else if (c === '"') quoted = false;
          else cell += c;
        } else if (c === '"') quoted = true;
        else if (c === ',') out.at(-1)!.push(cell), (cell = '');
        else if (c === '\r' && text[i + 1] === '\n') out.at(-1)!.push(cell), (cell = ''), out.push([]), i++;
        else cell += c;
      }
      if (cell !== '' || out.at(-1)!.length) out.at(-1)!.push(cell);
      return out.filter((r) => r.length > 1);
    }, (await link.getAttribute('href'))!);
    const [header, ...data] = rows;
    const col = (name: string) => header.indexOf(name);
    expect(data).toHaveLength(archive.articles.length);
    for (const row of data) {
      const id = row[col('id')];
      const issue = archive.issueById.get(archive.articleById.get(id)!.issue)!;
      expect(row[col('permalink')]).toBe(`${site.siteUrl}${site.base}articles/${id}/`);
      expect(row[col('dateSource')]).toBe(issue.dateSource);
    }
    // the address is the article page's own: its canonical link, served at that path
    const first = data[0][col('permalink')];
    await page.goto(new URL(new URL(first).pathname.replace(/^\//, ''), new URL(scenario.url).origin + '/').href);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(first);
    expect(await page.locator('#headline').count()).toBe(1);
    await done(page);
  });
});

/** Text as read aloud: runs of white space (flex items' line breaks) as one space. */
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(PHONE_AND_DESKTOP)('版面导航 and 本版标题 at $width px, $colorScheme', (view) => {
  const wide = view.width >= 1024;
  const shot = (page: Page, name: string) => screenshot(page, `fixture-${view.width}-${view.colorScheme}-${name}`);
  /** Whether the rail stands beside the text (wide) or after it (phone), and nothing is wider than the screen. */
  const placement = (page: Page) =>
    page.evaluate(() => {
      const main = document.querySelector('.edition-main')!.getBoundingClientRect();
      const rail = document.querySelector('.edition-rail')!.getBoundingClientRect();
      return {
        beside: rail.left >= main.right && rail.top < main.top + 100,
        after: rail.top >= main.bottom,
        overflow: document.documentElement.scrollWidth - window.innerWidth,
      };
    });

  it('keeps every 版 of the issue beside a 版 page, the current one marked, a missing one said so', async () => {
    const page = await open('issues/2025-12-28/01/', view);
    const pages = page.getByRole('navigation', { name: '版面导航' });
    expect((await pages.locator('li').allInnerTexts()).map(spaced)).toEqual(['第一版 要闻 6 篇', '第二版 本馆暂缺', '第三版 1 篇']);
    expect(spaced(await pages.locator('[aria-current="page"]').innerText())).toBe('第一版 要闻 6 篇');
    expect(await pages.getByRole('link').count()).toBe(3); // the issue's date, 第一版, 第三版: none for the missing 第二版
    expect(await placement(page)).toMatchObject({ beside: wide, after: !wide, overflow: 0 });
    // the page's titles: beside the list on wide screens; on a phone the list is the page itself
    const titles = page.getByRole('navigation', { name: '本版标题' });
    expect(await titles.isVisible()).toBe(wide);
    if (wide) {
      expect(await titles.locator('li').allInnerTexts()).toEqual(await page.locator('.edition-main .article-list .headline a').allInnerTexts());
    }
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shot(page, 'page');
    await pages.getByRole('link', { name: /第三版/ }).click();
    await page.waitForURL(/\/archive\/issues\/2025-12-28\/03\/$/);
    expect(await page.locator('h1').innerText()).toBe('第三版');
    expect(spaced(await page.getByRole('navigation', { name: '版面导航' }).locator('[aria-current="page"]').innerText())).toBe('第三版 1 篇');
    await done(page);
  });

  it('keeps 版面导航 with 上一版/下一版 and the 版\'s titles beside an article, and turns 上一篇/下一篇 through the issue', async () => {
    const page = await open('articles/2025-12-28-01-02/', view);
    const titles = page.getByRole('navigation', { name: '本版标题' });
    expect(await titles.isVisible()).toBe(true);
    const expected = archive.articlesBySection.get('2025-12-28-01')!.length;
    expect(await titles.locator('li').count()).toBe(expected);
    expect(await titles.locator('[aria-current="page"]').innerText()).toBe(await page.locator('#headline').innerText().then((t) => t.replace(/\n/g, '')));
    const pages = page.getByRole('navigation', { name: '版面导航' });
    expect(spaced(await pages.locator('[aria-current="page"]').innerText())).toBe('第一版 要闻 6 篇');
    expect(spaced(await pages.locator('.edition-turn').innerText())).toBe('上一版 没有了 下一版 → 第三版');
    expect(await placement(page)).toMatchObject({ beside: wide, after: !wide, overflow: 0 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shot(page, 'article');

    // 本版标题 leads to another article of the 版, which is marked there in turn
    await titles.getByRole('link', { name: '大同冰雪季系列活动启动' }).click();
    await page.waitForURL(/\/archive\/articles\/2025-12-28-01-03\/$/);
    expect(await page.getByRole('navigation', { name: '本版标题' }).locator('[aria-current="page"]').innerText()).toBe('大同冰雪季系列活动启动');
    // 上一篇 / 下一篇 in print order
    await page.getByRole('navigation', { name: '本期相邻稿件' }).getByRole('link', { name: /上一篇/ }).click();
    await page.waitForURL(/\/archive\/articles\/2025-12-28-01-02\/$/);
    // the last article of 第一版: 下一篇 goes on to 第三版, and 下一版 from the rail too
    await page.goto(new URL('articles/2025-12-28-01-06/', scenario.url).href);
    const next = page.getByRole('navigation', { name: '本期相邻稿件' }).getByRole('link', { name: /下一篇/ });
    expect(await next.innerText()).toContain('榜样引领树标杆 示范带动共奋进（续）');
    await page.getByRole('navigation', { name: '版面导航' }).getByRole('link', { name: /下一版/ }).click();
    await page.waitForURL(/\/archive\/issues\/2025-12-28\/03\/$/);
    await done(page);
  });
});

describe.each(PHONE_AND_DESKTOP)('跳到日期 at $width px, $colorScheme', (view) => {
  const jump = async (page: Page, date: string) => {
    await page.fill('#jump-date', date);
    await page.getByRole('button', { name: '前往' }).click();
  };

  it('says the archive has no paper on a day without an issue, and offers the issues before and after', async () => {
    const page = await open('issues/', view);
    await jump(page, '2023-11-01');
    const status = page.getByRole('status');
    await expect.poll(() => status.innerText().then(spaced)).toBe('本馆没有 2023年11月1日 的报纸。 前一期 2023年10月23日 星期一 后一期 2025年12月28日 星期日');
    // it stays: the page does not go elsewhere unasked
    await page.waitForTimeout(1500);
    expect(new URL(page.url()).pathname).toBe('/archive/issues/');
    expect(spaced(await status.innerText())).toContain('本馆没有 2023年11月1日 的报纸。');
    expect(await status.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/archive/issues/2023-10-23/', '/archive/issues/2025-12-28/']);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await screenshot(page, `fixture-${view.width}-${view.colorScheme}-jump-no-issue`);
    await status.getByRole('link', { name: /后一期/ }).click();
    await page.waitForURL(/\/archive\/issues\/2025-12-28\/$/);
    await done(page);
  });

  it('offers only the issue after a day before the first, only the one before a day after the last, and goes straight to a day with one', async () => {
    const page = await open('issues/', view);
    const status = page.getByRole('status');
    await jump(page, '2020-02-29');
    await expect.poll(() => status.innerText().then(spaced)).toBe('本馆没有 2020年2月29日 的报纸。 后一期 2022年1月19日 星期三');
    await jump(page, '2026-03-01');
    await expect.poll(() => status.innerText().then(spaced)).toBe('本馆没有 2026年3月1日 的报纸。 前一期 2025年12月28日 星期日');
    await page.fill('#jump-date', '');
    await page.getByRole('button', { name: '前往' }).click();
    await expect.poll(() => status.innerText().then(spaced)).toBe('请填写一个日期，如 2025-12-28。');
    await jump(page, '2022-01-19');
    await page.waitForURL(/\/archive\/issues\/2022-01-19\/$/);
    await done(page);
  });
});

describe.each(PHONE_AND_DESKTOP)('sharing and printing an article at $width px, $colorScheme', (view) => {
  const phone = view.width < 1024;
  const permalink = `${site.siteUrl}${site.base}articles/2025-12-28-01-01/`;

  it(phone ? 'opens the system share sheet on a phone with the title and permalink' : 'copies the permalink on a desktop', async () => {
    const page = await open('articles/2025-12-28-01-01/?hl=劳模', view, phone ? { isMobile: true, hasTouch: true } : {});
    if (phone) {
      // the system share sheet, as a phone's browser offers it: records what it was given
      await page.context().addInitScript(() => {
        Object.defineProperty(navigator, 'share', {
          value: async (data: ShareData) => {
            (window as unknown as { shared: ShareData[] }).shared.push(data);
          },
        });
        (window as unknown as { shared: ShareData[] }).shared = [];
      });
      await page.reload();
    } else {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(scenario.url).origin });
    }
    const button = page.getByRole('button', { name: phone ? '分享本文' : '复制本文链接' });
    await button.click();
    if (phone) {
      expect(await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([
        { title: '榜样引领树标杆 示范带动共奋进 · 大同日报 2025年12月28日', url: permalink },
      ]);
    } else {
      await expect.poll(() => page.getByRole('status').filter({ hasText: '链接' }).innerText()).toBe('已复制本文链接。');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);
    }
    expect(await seriousAxeViolations(page)).toEqual([]);
    await done(page);
  });

  it('styles the 复制 buttons of 引用本文 as 复制本文链接 and 打印本文 beside the headline', async () => {
    const page = await open('articles/2025-12-28-01-06/', view);
    const copy = page.locator('button[data-copy="cite-gbt7714"]');
    await copy.waitFor();
    const look = (button: ReturnType<Page['locator']>) =>
      button.evaluate((b) => {
        const s = getComputedStyle(b);
        return { background: s.backgroundColor, color: s.color, border: `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}`, radius: s.borderTopLeftRadius, font: `${s.fontSize} ${s.fontFamily}`, padding: `${s.paddingTop} ${s.paddingRight}`, height: s.minHeight };
      });
    const print = await look(page.getByRole('button', { name: '打印本文' }));
    expect(await look(copy)).toEqual(print);
    expect(await look(page.locator('button[data-copy="cite-gbt7714-online"]'))).toEqual(print);
    await page.locator('.cite-box').scrollIntoViewIfNeeded();
    await screenshot(page, `fixture-${view.width}-${view.colorScheme}-cite-box`, { fullPage: false });
    await done(page);
  });

  it('shows the permalink selected for copying where the browser lets the page copy nothing', async () => {
    const page = await open('articles/2025-12-28-01-01/', view);
    await page.context().addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    });
    await page.reload();
    await page.getByRole('button', { name: '复制本文链接' }).click();
    const field = page.getByRole('textbox', { name: '本文链接（请复制）' });
    expect(await field.inputValue()).toBe(permalink);
    expect(await field.evaluate((el: HTMLInputElement) => [document.activeElement === el, el.selectionStart, el.selectionEnd])).toEqual([true, 0, permalink.length]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await done(page);
  });

  it('prints the headline block, byline, date, 版 and citation, and none of the site around them', async () => {
    const page = await open('articles/2025-12-28-01-01/', view);
    await page.context().addInitScript(() => {
      window.print = () => {
        (window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1;
      };
    });
    await page.reload();
    await page.getByRole('button', { name: '打印本文' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const shown = async (selector: string) => page.locator(selector).first().isVisible();
    for (const selector of ['.masthead', '#headline', '.headline-block .subheadline', '.headline-block .byline', '.article-meta', '#p-1', '#cite-gbt7714', '#cite-gbt7714-online', '.permalink']) {
      expect(await shown(selector), `${selector} is printed`).toBe(true);
    }
    expect(await page.locator('.headline-block').innerText()).toContain('本报记者 董芳');
    expect(spaced(await page.locator('.article-meta').innerText())).toContain('大同日报 2025年12月28日 星期日 · 第一版 要闻');
    expect(await page.locator('#cite-gbt7714').innerText()).toBe('董芳. 榜样引领树标杆 示范带动共奋进: 我市大力弘扬劳模精神助推高质量发展综述[N]. 大同日报, 2025-12-28(1, 3).');
    for (const selector of ['.site-nav', '.site-search', '.breadcrumbs', '.edition-rail', '.share-tools', '.copy-button', '.cite-downloads', '.pager', '.site-footer']) {
      expect(await shown(selector), `${selector} is left out of print`).toBe(false);
    }
    // black on white, whatever the screen's scheme
    expect(await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color])).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
    await screenshot(page, `fixture-${view.width}-${view.colorScheme}-article-print`);
    await done(page);
  });
});

describe.each(PHONE_AND_DESKTOP)('an article opened from a search at $width px, $colorScheme', (view) => {
  it('leads back to the results as they were, and on to the hits before and after, their words marked', async () => {
    const search = `search/?${new URLSearchParams({ q: '大同', year: '2025', sort: 'oldest' })}`;
    const page = await open(search, view);
    const results = await readResults(page);
    const articles = results.ids.filter((id) => !id.startsWith('topic:'));
    expect(articles.length).toBeGreaterThanOrEqual(3);
    const titleOf = async (id: string) => spaced(await page.locator(`.search-result .result-title a[href*="/articles/${id}/"]`).innerText());
    const [first, second, third] = [await titleOf(articles[0]), await titleOf(articles[1]), await titleOf(articles[2])];
    const searchUrl = page.url();

    await page.locator(`.search-result .result-title a[href*="/articles/${articles[1]}/"]`).click();
    await page.waitForURL(new RegExp(`/archive/articles/${articles[1]}/\\?hl=`));
    const trail = page.getByRole('navigation', { name: '检索结果' });
    expect(await trail.getByRole('link', { name: '← 返回检索结果' }).getAttribute('href')).toBe(searchUrl);
    await expect.poll(() => trail.locator('[data-trail-hits]').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(spaced(await trail.getByRole('link', { name: /上一条结果/ }).innerText())).toBe(`← 上一条结果 ${first}`);
    expect(spaced(await trail.getByRole('link', { name: /下一条结果/ }).innerText())).toBe(`下一条结果 → ${third}`);
    expect(await trail.getByRole('link', { name: /下一条结果/ }).getAttribute('href')).toBe(`/archive/articles/${articles[2]}/?hl=${encodeURIComponent('大同')}`);
    expect(await page.locator('mark.search-hit').count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await screenshot(page, `fixture-${view.width}-${view.colorScheme}-article-from-search`);

    // on to the next hit: its words marked, the way back still to the same results
    await trail.getByRole('link', { name: /下一条结果/ }).click();
    await page.waitForURL(new RegExp(`/archive/articles/${articles[2]}/\\?hl=`));
    expect(await page.locator('mark.search-hit').count()).toBeGreaterThan(0);
    expect(await trail.getByRole('link', { name: '← 返回检索结果' }).getAttribute('href')).toBe(searchUrl);
    await expect.poll(() => trail.locator('[data-trail-hits]').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(spaced(await trail.getByRole('link', { name: /上一条结果/ }).innerText())).toBe(`← 上一条结果 ${second}`);

    await trail.getByRole('link', { name: '← 返回检索结果' }).click();
    await page.waitForURL(searchUrl);
    expect((await readResults(page)).ids).toEqual(results.ids);
    await done(page);
  });

  it('shows no trail on an article opened otherwise', async () => {
    const page = await open('articles/2025-12-28-01-02/', view);
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('navigation', { name: '检索结果' }).count()).toBe(0);
    await done(page);
  });
});
