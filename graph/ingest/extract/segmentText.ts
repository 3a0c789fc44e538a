import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A sentence of the stored text, in UTF-16 indices (end exclusive), with its paragraph. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index of the paragraph (blocks separated by a blank line) the sentence belongs to. */
  readonly paragraph: number;
  /** First sentence of its paragraph. */
  readonly opensParagraph: boolean;
  /** A line on its own with no closing punctuation: a heading, not a sentence anyone said. */
  readonly isHeading: boolean;
}

// The model ships inside the npm package; loading it reads no network and no file at run time.
const nlp = winkNLP(model, ['sbd']);

/**
 * Splits text into paragraphs (a blank line, as every reader writes between blocks) and the
 * paragraphs into sentences with wink-nlp's sentence boundary detection, which knows "Dr.",
 * "e.g." and "U.N." are not sentence ends. wink's output is lossless, so each sentence is found
 * back in the text by position and offsets are exact.
 */
export function segmentText(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const block of paragraphsOf(text)) {
    let cursor = block.start;
    let first = true;
    const heading = isHeadingBlock(block.text);
    nlp.readDoc(block.text).sentences().each((s: { out(): string }) => {
      const raw = s.out();
      const at = text.indexOf(raw, cursor);
      if (at < 0 || raw.trim() === '') return;
      cursor = at + raw.length;
      const trimmedEnd = at + raw.trimEnd().length;
      sentences.push({
        start: at,
        end: trimmedEnd,
        text: text.slice(at, trimmedEnd),
        paragraph,
        opensParagraph: first,
        isHeading: heading,
      });
      first = false;
    });
    paragraph += 1;
  }
  return sentences;
}

function paragraphsOf(text: string): { start: number; text: string }[] {
  const blocks: { start: number; text: string }[] = [];
  const separator = /\r?\n[ \t\u00a0]*\r?\n\s*/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return blocks;

  function push(from: number, to: number) {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body !== '') blocks.push({ start: from + lead, text: body });
  }
}

/** A short block on one line that does not end like a sentence ("Topic II: …", "1. Data flows"). */
function isHeadingBlock(block: string): boolean {
  if (block.includes('\n') || block.length > 160) return false;
  return !/[.!?;,"”’)]$/.test(block);
}
