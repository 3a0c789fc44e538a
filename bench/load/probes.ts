/**
 * The abusive requests of issue 12, as raw HTTP bodies, each sent over and over while the cheap
 * query's latency is measured. The same probes, one assertion each, are in test/http/abuse.test.ts.
 */
export interface Probe {
  readonly name: string;
  readonly body: string;
}

const aliased = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const json = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const level = (inner: string) => `positions(first: 100) { edges { node { actor { ${inner} } } } }`;

export const PROBES: readonly Probe[] = [
  { name: 'deep cyclic query', body: json(`{ ${level(level(level(level('id'))))} }`) },
  { name: '1,000 aliased zeroDraft', body: json(aliased(1000, 'zeroDraft(format: JSON)')) },
  { name: '15,000 aliased documents { text }', body: json(aliased(15_000, 'documents { text }')) },
  {
    name: '140,000-word search',
    body: json('query($q: String!) { search(query: $q) { totalCount } }', {
      q: Array.from({ length: 140_000 }, (_, i) => `w${(i % 100_000).toString(36)}`).join(' '),
    }),
  },
  { name: '1M-character unknown id', body: json('query($id: ID!) { actor(id: $id) { id } }', { id: 'X'.repeat(1_000_000) }) },
  { name: 'malformed JSON', body: '{"query": "{ counts { positions } }"' },
  { name: 'oversized body (2 MiB)', body: json('{ counts { positions } }', { pad: 'x'.repeat(2 * 1024 * 1024) }) },
  { name: 'unknown mutation', body: json('mutation { deleteEverything }') },
  {
    name: '40,000 ids',
    body: json('query($ids: [ID!]) { positions(filter: { actorIds: $ids }) { totalCount } }', {
      ids: Array.from({ length: 40_000 }, (_, i) => `ID${i}`),
    }),
  },
  { name: 'text(start: -10)', body: json('{ documents { text(start: -10) } }') },
  { name: 'forged cursor', body: json(`{ positions(after: "${Buffer.from("k1:' OR 1=1 --").toString('base64url')}") { totalCount } }`) },
];
