import type Database from 'better-sqlite3';

/**
 * Prepared statements, kept per connection: a per-document write runs the same few dozen
 * statements each time, and a page of positions with its references four more per request;
 * preparing them again each time costs more than running them. The SQL texts are fixed shapes
 * (filters add conditions, never values), so the cache stays small; MAX_STATEMENTS bounds it
 * anyway against a caller that builds SQL some other way.
 */
const MAX_STATEMENTS = 500;
const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function prepared(db: Database.Database, sql: string): Database.Statement {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) {
    if (statements.size >= MAX_STATEMENTS) statements.clear();
    statements.set(sql, (statement = db.prepare(sql)));
  }
  return statement;
}
