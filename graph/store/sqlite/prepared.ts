import type Database from 'better-sqlite3';

/**
 * Prepared statements, kept per connection: a per-document write runs the same few dozen
 * statements each time, and preparing them again for every document costs more than running them.
 */
const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function prepared(db: Database.Database, sql: string): Database.Statement {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
}
