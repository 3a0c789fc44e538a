import neo4j from 'neo4j-driver';
import { toStoreError } from './toStoreError.js';

/** Names of the constraints and indexes a Neo4j database holds, sorted; for health checks and tests. */
export interface Neo4jSchemaDescription {
  readonly constraints: readonly string[];
  readonly indexes: readonly string[];
}

export async function describeNeo4jSchema(options: {
  readonly uri: string;
  readonly user?: string;
  readonly password?: string;
  readonly database?: string | undefined;
}): Promise<Neo4jSchemaDescription> {
  const auth = options.password ? neo4j.auth.basic(options.user ?? 'neo4j', options.password) : undefined;
  const driver = neo4j.driver(options.uri, auth, { logging: { level: 'error', logger: () => {} } });
  try {
    const names = async (query: string): Promise<string[]> => {
      const result = await driver.executeQuery(query, {}, { database: options.database, routing: neo4j.routing.READ });
      return result.records.map((record) => record.get('name') as string).sort();
    };
    return {
      constraints: await names('SHOW CONSTRAINTS YIELD name RETURN name'),
      indexes: await names('SHOW INDEXES YIELD name RETURN name'),
    };
  } catch (error) {
    throw toStoreError(error, options.uri);
  } finally {
    await driver.close();
  }
}
