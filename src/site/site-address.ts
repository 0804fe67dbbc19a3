/**
 * In the reader's browser: a preview build (no SITE_URL) writes site paths where a deploy build
 * writes absolute addresses (permalinks, the online reference, 本馆网址), marked
 * `data-site-address="<path>"`; this completes each from the address the page is actually served
 * from. Without JavaScript the path stays, which is still a correct link. Bundled into page
 * scripts; no imports.
 */
export function fillSiteAddresses(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-site-address]')) {
    const url = new URL(el.dataset.siteAddress ?? '/', location.href);
    el.textContent = el.hasAttribute('data-site-origin') ? url.origin : url.href;
  }
}
