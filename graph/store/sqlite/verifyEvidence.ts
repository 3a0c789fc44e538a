import type Database from 'better-sqlite3';

interface Anchored {
  readonly id: string;
  readonly start: number | null;
  readonly end: number | null;
  readonly words: string;
}

/**
 * Finds a stored quote or statement text that no longer matches its document's text at its
 * offsets (code points, as the W3C model counts). The store is derived from source files, so a
 * mismatch means the database file was damaged or edited, and nothing in it can be served as
 * verified evidence: the caller rebuilds it. One document's text in memory at a time.
 * Returns what is wrong with the first mismatch, or null.
 */
export function verifyEvidence(db: Database.Database): string | null {
  const documentIds = db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as string[];
  const textOf = db.prepare('SELECT text FROM documents WHERE id = ?').pluck();
  const quotes = db.prepare('SELECT id, start, "end", quote AS words FROM positions WHERE document_id = ?');
  const statements = db.prepare('SELECT id, start, "end", text AS words FROM statements WHERE document_id = ?');
  for (const documentId of documentIds) {
    const points = Array.from(textOf.get(documentId) as string);
    const mismatch = (rows: Anchored[]) =>
      rows.find((row) => row.start !== null && row.end !== null && points.slice(row.start, row.end).join('') !== row.words);
    const position = mismatch(quotes.all(documentId) as Anchored[]);
    if (position) return `the quote of position ${position.id} no longer matches document ${documentId} at ${position.start}-${position.end}`;
    const statement = mismatch(statements.all(documentId) as Anchored[]);
    if (statement) return `the text of statement ${statement.id} no longer matches document ${documentId} at ${statement.start}-${statement.end}`;
  }
  return null;
}
