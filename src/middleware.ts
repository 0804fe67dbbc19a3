/**
 * Every page the site renders goes through here once: direction controls in the paper's text are
 * isolated so they cannot disguise what is shown around them (src/site/bidi.ts). Pages without
 * any (nearly all) pass untouched; other answers (feed, citation files, data) are not HTML.
 */
import { defineMiddleware } from 'astro:middleware';
import { BIDI_CONTROLS, isolateBidiHtml } from './site/bidi.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  const html = await response.text();
  if (!BIDI_CONTROLS.test(html)) return new Response(html, response);
  return new Response(isolateBidiHtml(html), response);
});
