import type Database from 'better-sqlite3';

interface Anchored {
  readonly id: string;
  readonly documentId: string;
  readonly start: number | null;
  readonly end: number | null;
  readonly words: string;
  readonly sortKey: string;
}

/**
 * Finds a stored quote or statement text that no longer matches its document's text at its
 * offsets (code points, as the W3C model counts). The store is derived from source files, so a
 * mismatch means the database file was damaged or edited, and nothing in it can be served as
 * verified evidence: the caller rebuilds it. Returns what is wrong with the first mismatch, or null.
 *
 * Rows are read in sort-key order (its unique index; a sort key starts with the document's date
 * and id, so each document's rows come together), in chunks, so memory holds one chunk and one
 * document's text, and each document's text is read once per table.
 */
export function verifyEvidence(db: Database.Database): string | null {
  return (
    firstMismatch(db, 'SELECT id, document_id AS documentId, start, "end", quote AS words, sort_key AS sortKey FROM positions', 'the quote of position') ??
    firstMismatch(db, 'SELECT id, document_id AS documentId, start, "end", text AS words, sort_key AS sortKey FROM statements', 'the text of statement')
  );
}

// Private:

const CHUNK = 10_000;

function firstMismatch(db: Database.Database, select: string, what: string): string | null {
  const first = db.prepare(`${select} ORDER BY sort_key LIMIT ?`);
  const next = db.prepare(`${select} WHERE sort_key > ? ORDER BY sort_key LIMIT ?`);
  const textOf = db.prepare('SELECT text FROM documents WHERE id = ?').pluck();
  let document = null as { id: string; slice: (start: number, end: number) => string } | null;
  let rows = first.all(CHUNK) as Anchored[];
  while (rows.length > 0) {
    for (const row of rows) {
      if (row.start === null || row.end === null) continue; // unlocated evidence has no offsets to check
      if (document?.id !== row.documentId) document = { id: row.documentId, slice: slicerOf((textOf.get(row.documentId) as string | undefined) ?? '') };
      if (document.slice(row.start, row.end) !== row.words) {
        return `${what} ${row.id} no longer matches document ${row.documentId} at ${row.start}-${row.end}`;
      }
    }
    rows = rows.length < CHUNK ? [] : (next.all(rows.at(-1)!.sortKey, CHUNK) as Anchored[]);
  }
  return null;
}

/** Slices by code points; without astral characters those are the string's own indices. */
function slicerOf(text: string): (start: number, end: number) => string {
  if (!/[\uD800-\uDFFF]/.test(text)) return (start, end) => text.slice(start, end);
  const points = Array.from(text);
  return (start, end) => points.slice(start, end).join('');
}
