/**
 * The same stored graph (graph/store/neo4j: labels.ts, relationships.ts, encode.ts) described to
 * @neo4j/graphql, for the side-by-side benchmark only: positions, their statement's actor and
 * document, and their target, as the project's main query reads them.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Actor @node {
    id: ID!
    name: String!
  }
  type Document @node {
    id: ID!
    title: String!
  }
  type Target @node(labels: ["Target"]) {
    id: ID!
    name: String!
  }
  type Statement @node {
    id: ID!
    actor: [Actor!]! @relationship(type: "MADE_BY", direction: OUT)
    document: [Document!]! @relationship(type: "IN", direction: OUT)
  }
  type Position @node {
    id: ID!
    stance: String!
    sortKey: String!
    evidenceQuote: String!
    evidenceStart: Int!
    evidenceEnd: Int!
    statement: [Statement!]! @relationship(type: "TAKES", direction: IN)
    target: [Target!]! @relationship(type: "ON", direction: OUT)
  }
`;

/** The main query's rows, asked of @neo4j/graphql. */
export const PEER_MAIN_QUERY = /* GraphQL */ `
  {
    positions(limit: 100, sort: [{ sortKey: ASC }]) {
      id
      stance
      evidenceQuote
      evidenceStart
      evidenceEnd
      statement { actor { id name } document { id title } }
      target { id name }
    }
  }
`;

/**
 * The floor: one hand-written Cypher query returning the same rows. It reads the first 100
 * positions from the sortKey index in order, then their actor, target and document.
 */
export const CYPHER_MAIN_QUERY = `
  MATCH (p:Position) WHERE p.sortKey > ''
  WITH p ORDER BY p.sortKey LIMIT 100
  MATCH (s:Statement)-[:TAKES]->(p)-[:ON]->(t:Target), (s)-[:MADE_BY]->(a:Actor), (s)-[:IN]->(d:Document)
  RETURN p.id AS id, p.stance AS stance, p.evidenceQuote AS quote, p.evidenceStart AS start, p.evidenceEnd AS end,
         a { .id, .name } AS actor, t { .id, .name } AS target, d { .id, .title } AS document
  ORDER BY p.sortKey`;
