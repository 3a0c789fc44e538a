import { convert } from 'html-to-text';
import { decodeUtf8 } from './decodeUtf8.js';

/**
 * HTML through html-to-text: block elements become paragraphs (a blank line between them, which
 * the extractor reads as a paragraph break), links keep their words and drop their targets,
 * scripts, styles, images and navigation vanish. No wrapping: a sentence stays on one line.
 */
export function readHtml(bytes: Uint8Array, subject: string): { text: string; title: string | null } {
  const html = decodeUtf8(bytes, subject);
  const text = convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'nav', format: 'skip' },
      { selector: 'header', format: 'skip' },
      { selector: 'footer', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
      { selector: 'table', options: { uppercaseHeaderCells: false } },
    ],
  }).trim();
  const titleMatch = /<title[^>]*>([^<]*)<\/title>/i.exec(html);
  const title = titleMatch ? convert(titleMatch[1]!, { wordwrap: false }).trim() || null : null;
  return { text, title };
}
