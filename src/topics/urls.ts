/**
 * Which link and image addresses an MDX page (topic or editorial page) may carry: http(s),
 * mailto and the site's own relative addresses (/issues/…, #anchor, ?q=…). A protocol-relative
 * `//host/…` is neither (it leaves the site without saying so) and is refused. Anything else —
 * javascript:, vbscript:, data:, file: … in any case, with entity-encoded letters (the parser
 * decodes those) or tabs and line breaks inside (the browser drops those) — is refused by the
 * pre-build check (check.ts) with file and line, and again by the build's remark plugin, so no
 * page is ever built with a live script address. Pure; no imports, so the remark plugin can use it.
 */

export const ALLOWED_SCHEMES = ['http', 'https', 'mailto'] as const;

/** The attributes of HTML elements that hold an address. */
export const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'cite', 'background', 'data', 'ping', 'xlink:href', 'longdesc', 'manifest', 'codebase', 'lowsrc', 'dynsrc']);

/**
 * The scheme of `url` as a browser reads it (after dropping leading and trailing controls and
 * spaces, and every tab and line break, as the WHATWG URL parser does), lowercased; null for a
 * relative address.
 */
export function urlScheme(url: string): string | null {
  return /^([a-z][a-z0-9+.-]*):/i.exec(clean(url))?.[1].toLowerCase() ?? null;
}

/** `url` as the WHATWG URL parser first sees it: leading and trailing controls and spaces, tabs and line breaks dropped. */
function clean(url: string): string {
  return url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

/** Why `url` may not stand in a page, or null when it may. `srcset` lists several, each checked. */
export function unsafeUrl(url: string, attribute = 'href'): string | null {
  const candidates = attribute === 'srcset' ? url.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [url];
  for (const candidate of candidates) {
    // `//host/…` (or `\\host`, `/\host`: browsers read \ as /) takes the page's scheme and leaves the site.
    if (/^[/\\]{2}/.test(clean(candidate))) {
      return `链接地址“${shorten(candidate)}”不能用：以 // 开头的地址会连到别的网站；外站请写完整的 https://…，本站的地址以单个 / 开头（如 /issues/2025-12-28/）`;
    }
    const scheme = urlScheme(candidate);
    if (scheme !== null && !(ALLOWED_SCHEMES as readonly string[]).includes(scheme)) {
      return `链接地址“${shorten(candidate)}”不能用：只能是 http(s)://、mailto: 或本站的地址（如 /issues/2025-12-28/），不能是 ${scheme}: 地址`;
    }
  }
  return null;
}

function shorten(url: string): string {
  const shown = url.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
}
