import { createHash } from 'node:crypto';
import type { CatalogWrite, DocumentWrite, GraphBundle } from '../store/port.js';

/** A graph as the units a store writes one at a time (`putCatalog`, `putDocument`). */
export interface GraphUnits {
  readonly catalog: CatalogWrite;
  /** One per document, ordered by document id. */
  readonly documents: readonly DocumentWrite[];
  /** The bundle's fingerprint (every seed file), for reports. */
  readonly fingerprint: string;
}

/**
 * Splits a validated bundle into the shared catalog and one write per document (the document, its
 * statements and its positions). Each unit's fingerprint is the SHA-256 of its content as built,
 * not of its files: a document is rewritten when anything it stores changes, including what it
 * takes from the catalog (a target's kind is copied onto its positions), and not when only a
 * comment in its YAML did.
 */
export function splitBundle(bundle: GraphBundle): GraphUnits {
  const catalogLists = {
    actors: bundle.actors,
    persons: bundle.persons,
    meetings: bundle.meetings,
    agendaItems: bundle.agendaItems,
    participations: bundle.participations,
    attendances: bundle.attendances,
    principles: bundle.principles,
    instruments: bundle.instruments,
    proposals: bundle.proposals,
    questions: bundle.questions,
  };
  const statementsOf = groupBy(bundle.statements, (s) => s.documentId);
  const documentOfStatement = new Map(bundle.statements.map((s) => [s.id, s.documentId]));
  const positionsOf = groupBy(bundle.positions, (p) => documentOfStatement.get(p.statementId)!);
  const documents = [...bundle.documents]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((document) => {
      const content = { document, statements: statementsOf.get(document.id) ?? [], positions: positionsOf.get(document.id) ?? [] };
      return { ...content, fingerprint: fingerprintOf(content) };
    });
  return { catalog: { ...catalogLists, fingerprint: fingerprintOf(catalogLists) }, documents, fingerprint: bundle.fingerprint };
}

/** SHA-256 (hex) of a value's JSON: stable because the loader builds every list in a fixed order. */
export function fingerprintOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(item);
  }
  return groups;
}
