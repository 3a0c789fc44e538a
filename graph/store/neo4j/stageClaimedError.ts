/** Another replaceGraph claimed the stage while this one was writing it: this one changed nothing. */
export class StageClaimedError extends Error {
  readonly code = 'REPLACE_SUPERSEDED';

  constructor() {
    super('Neo4j store: another replaceGraph started while this one was staging its graph; this one changed nothing. Retry it if its graph should win.');
    this.name = 'StageClaimedError';
  }
}
