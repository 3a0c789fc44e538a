/**
 * The GraphQL enums the explorer shows, mirrored as literal unions (the app reads only the API,
 * so it does not import graph/model). Order matters: it is the order of filters and legends.
 */
export const STANCES = ['SUPPORTS', 'OPPOSES', 'QUALIFIES', 'QUERIES'] as const;
export type Stance = (typeof STANCES)[number];

export const ACTOR_KINDS = ['STATE', 'ORGANIZATION', 'COMPANY'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const TARGET_KINDS = ['PRINCIPLE', 'INSTRUMENT', 'PROPOSAL', 'QUESTION'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** How a position came to be in the graph (`ProvenanceMethod`): coded by a person, imported from a dataset, or suggested by the extractor and not reviewed. */
export const PROVENANCE_METHODS = ['CURATED', 'IMPORTED', 'EXTRACTED'] as const;
export type ProvenanceMethod = (typeof PROVENANCE_METHODS)[number];

export type NodeKind = ActorKind | TargetKind;
export const NODE_KINDS: readonly NodeKind[] = [...ACTOR_KINDS, ...TARGET_KINDS];

/** Thrown from the default branch of a switch over a closed union: the compiler proves it unreachable. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}

export function isStance(value: string): value is Stance {
  return (STANCES as readonly string[]).includes(value);
}

export function isActorKind(value: string): value is ActorKind {
  return (ACTOR_KINDS as readonly string[]).includes(value);
}
