import type { ManagedTransaction } from 'neo4j-driver';
import { META_ID, META_LABEL } from './labels.js';

/**
 * The one `(:GraphMeta {id: 'graph'})` node: `epoch` (random, set when the node is created) and
 * `writes` (a counter) make the graph version `<epoch>.<writes>`, so a wiped database does not
 * repeat an old version; `fingerprint` (replaceGraph's bundle) and `catalogFingerprint`
 * (putCatalog). Every write advances it inside its own transaction.
 */
export async function advanceGraphVersion(
  tx: ManagedTransaction,
  fingerprints: { fingerprint: string | null; catalogFingerprint?: string | null },
  replaced?: 'switching' | 'done',
): Promise<string> {
  const setCatalog = fingerprints.catalogFingerprint === undefined ? '' : ', m.catalogFingerprint = $catalogFingerprint';
  // `replacedAt`: the version of the last finished replaceGraph, every document's version until a
  // putDocument writes its own (`writtenAt`, listDocumentVersions); unknown (null) mid-switch.
  // (A SET clause of its own: within one, every expression reads the values from before it.)
  const setReplaced = replaced === undefined ? '' : replaced === 'done' ? ' SET m.replacedAt = m.epoch + \'.\' + toString(m.writes)' : ' SET m.replacedAt = null';
  const result = await tx.run(
    `MERGE (m:${META_LABEL} {id: $id})
     SET m.epoch = coalesce(m.epoch, randomUUID()), m.writes = coalesce(m.writes, 0) + 1, m.fingerprint = $fingerprint, m.loadedAt = datetime()${setCatalog}${setReplaced}
     RETURN m.epoch + '.' + toString(m.writes) AS version`,
    { id: META_ID, fingerprint: fingerprints.fingerprint, catalogFingerprint: fingerprints.catalogFingerprint ?? null },
  );
  return result.records[0]!.get('version') as string;
}

/** Reads the version, fingerprint and catalog fingerprint; `0.0` and nulls before the first write. */
export const READ_META = `
OPTIONAL MATCH (m:${META_LABEL} {id: $id})
RETURN coalesce(m.epoch + '.' + toString(m.writes), '0.0') AS version, m.fingerprint AS fingerprint,
       m.catalogFingerprint AS catalogFingerprint`;
export const META_PARAMS = { id: META_ID };
