import type { DatasetFile, DatasetPositionsFile } from '../schema.js';

type Cell = DatasetPositionsFile['positions'][number];

/** Where each part of a dataset's records text lies, in UTF-16 indices of `text`. */
export interface DatasetRecords {
  readonly text: string;
  /** Per actor id: the span of that actor's block. */
  readonly actorSpans: ReadonlyMap<string, readonly [number, number]>;
  /**
   * Per position id: the span of the cell's quote inside its record, or, for a cell without a
   * quote, the empty span at the start of its record line (evidence never invents a quote).
   */
  readonly quoteSpans: ReadonlyMap<string, readonly [number, number]>;
  /** Per position id: where its record line starts (the position's place in the document). */
  readonly recordStarts: ReadonlyMap<string, number>;
}

/**
 * The dataset's coded cells written out as the text of its document, one block per actor (by id),
 * one record per cell (by row, then column order of the file), each giving row, column, answer and,
 * when the dataset has them, quote, citation, URL and comment. Built from the dataset's own fields
 * only, so the same files always give the same text and offsets. Statements span an actor's block;
 * unlocated evidence points at the quote as the dataset records it.
 */
export function renderDatasetRecords(meta: DatasetFile, cells: readonly Cell[]): DatasetRecords {
  let text = `${meta.title}\nVersion ${meta.version} (${meta.date}). ${meta.citation}\n`;
  if (meta.notice) text += `Notice: ${meta.notice}\n`;
  const actorSpans = new Map<string, readonly [number, number]>();
  const quoteSpans = new Map<string, readonly [number, number]>();
  const recordStarts = new Map<string, number>();
  const byActor = new Map<string, Cell[]>();
  for (const cell of cells) byActor.set(cell.actor, [...(byActor.get(cell.actor) ?? []), cell]);
  for (const actor of [...byActor.keys()].sort(compare)) {
    text += '\n';
    const blockStart = text.length;
    text += `${actor}\n`;
    const ordered = [...byActor.get(actor)!].sort((a, b) => a.row - b.row || compare(a.id, b.id));
    for (const cell of ordered) {
      recordStarts.set(cell.id, text.length);
      text += `- row ${cell.row}, column ${JSON.stringify(cell.column)}: ${cell.answer}\n`;
      if (cell.quote !== undefined) {
        text += '  quote: “';
        quoteSpans.set(cell.id, [text.length, text.length + cell.quote.length]);
        text += `${cell.quote}”\n`;
      } else {
        quoteSpans.set(cell.id, [recordStarts.get(cell.id)!, recordStarts.get(cell.id)!]);
      }
      if (cell.citation !== undefined) text += `  citation: ${cell.citation}\n`;
      if (cell.url !== undefined) text += `  url: ${cell.url}\n`;
      if (cell.comment !== undefined) text += `  comment: ${cell.comment}\n`;
    }
    actorSpans.set(actor, [blockStart, text.length - 1]);
  }
  return { text, actorSpans, quoteSpans, recordStarts };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
