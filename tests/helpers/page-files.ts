/**
 * Page images and PDFs made for the tests (never real scans): a page-like picture drawn with
 * sharp — a masthead band, columns of grey "lines", the page number in a box — in JPEG, PNG or
 * WebP, and a minimal PDF written by hand (one page, a correct cross-reference table) that a
 * PDF reader opens.
 */
import sharp from 'sharp';

/** A drawn page, `width`×`height`, that differs by `page` (the number in its box and the layout of its columns). */
export function pageSvg(width: number, height: number, page = 1): string {
  const bars: string[] = [];
  const columns = 3 + (page % 2);
  const gap = width * 0.03;
  const colWidth = (width - gap * (columns + 1)) / columns;
  const lineHeight = Math.max(4, Math.round(height / 90));
  for (let c = 0; c < columns; c++) {
    for (let y = height * 0.18; y < height * 0.95; y += lineHeight * 2) {
      const short = ((c * 7 + Math.round(y) * 3 + page) % 11) / 30;
      bars.push(`<rect x="${gap + c * (colWidth + gap)}" y="${y.toFixed(1)}" width="${(colWidth * (1 - short)).toFixed(1)}" height="${lineHeight}" fill="#555"/>`);
    }
  }
  const box = Math.round(width * 0.12);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">`,
    `<rect width="100%" height="100%" fill="#f3efe4"/>`,
    `<rect x="${gap}" y="${height * 0.03}" width="${width - 2 * gap}" height="${height * 0.1}" fill="#9e1b1b"/>`,
    `<rect x="${width - gap - box}" y="${height * 0.03}" width="${box}" height="${box}" fill="#fff"/>`,
    ...Array.from({ length: page }, (_, i) => `<rect x="${width - gap - box + 4 + i * 6}" y="${height * 0.03 + 4}" width="3" height="${box - 8}" fill="#000"/>`),
    ...bars,
    '</svg>',
  ].join('');
}

/** A page image in `format`, `width`×`height` (300×450 unless given). */
export async function testImage(format: 'jpeg' | 'png' | 'webp', options: { width?: number; height?: number; page?: number; progressive?: boolean; lossless?: boolean; alpha?: boolean } = {}): Promise<Buffer> {
  const { width = 300, height = 450, page = 1 } = options;
  let image = sharp(Buffer.from(pageSvg(width, height, page)));
  if (!options.alpha) image = image.flatten({ background: '#ffffff' });
  if (format === 'jpeg') return image.jpeg({ quality: 80, progressive: options.progressive ?? false }).toBuffer();
  if (format === 'png') return image.png().toBuffer();
  return image.webp({ lossless: options.lossless ?? false }).toBuffer();
}

/** A minimal one-page PDF (a grey box on an A3 page), written by hand with a correct xref table. */
export function testPdf(label = '1'): Buffer {
  const stream = `0.6 g 40 40 200 ${200 + label.length} re f`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 1191] /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
