/**
 * The search page's 导出全部结果: buttons that have the worker make a file of every result of the
 * search shown (export-file.ts) — not only the results listed so far — and save it. Says how far
 * the loading has come, and what the file holds, in its own status line.
 */
import type { SearchClient } from './client.ts';
import { EXPORT_FORMATS, type ExportFormat, type SearchRequest } from './protocol.ts';

const FORMAT_NAMES: Record<ExportFormat, string> = { csv: 'CSV', ris: 'RIS', bib: 'BibTeX' };

/** Saves text as a file through a link to it (no server: the file is made in the page). */
function save(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Wires the buttons [data-export="csv|ris|bib"] and the status [data-export-status] of `box`.
 * `current` gives the search shown (null: none); `site` is the site's address, base path
 * included, that permalinks are made from.
 */
export function startExport(box: HTMLElement, client: SearchClient, current: () => Omit<SearchRequest, 'offset' | 'limit'> | null, site: string): void {
  const status = box.querySelector<HTMLElement>('[data-export-status]')!;
  const buttons = [...box.querySelectorAll<HTMLButtonElement>('[data-export]')];
  for (const button of buttons) {
    const format = button.dataset.export as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) continue;
    button.addEventListener('click', async () => {
      const request = current();
      if (!request) return;
      for (const b of buttons) b.disabled = true;
      box.setAttribute('aria-busy', 'true');
      status.textContent = `正在准备 ${FORMAT_NAMES[format]} 文件…`;
      try {
        const file = await client.exportFile(request, { format, site }, (done, total) => {
          status.textContent = `正在准备 ${FORMAT_NAMES[format]} 文件：已读取 ${done}/${total} 条`;
        });
        save(file.name, file.type, file.text);
        const skipped = file.results - file.cited;
        status.textContent =
          format === 'csv'
            ? `已导出 ${file.results} 条结果（${file.name}）。`
            : `已导出 ${file.cited} 条引文（${file.name}）${skipped > 0 ? `；${skipped} 个专题不是报纸稿件，未列入` : ''}。`;
      } catch (e) {
        status.textContent = `导出失败：${e instanceof Error ? e.message : String(e)}`;
      } finally {
        for (const b of buttons) b.disabled = false;
        box.removeAttribute('aria-busy');
      }
    });
  }
}
