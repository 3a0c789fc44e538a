/**
 * The public surface of graph/: what server/ (and bench/, test/) may import.
 */
export * from './model/index.js';
export * from './errors/index.js';
export type {
  ActorFilter,
  AgendaItemPositionCount,
  CatalogWrite,
  DocumentFingerprint,
  DocumentVersion,
  DocumentWrite,
  GraphBundle,
  GraphCatalog,
  GraphCounts,
  GraphStore,
  Page,
  PageRequest,
  PositionFilter,
  PositionPageSelection,
  PositionReferences,
  StatementFilter,
  TargetFilter,
  WriteResult,
} from './store/port.js';
export { POSITION_PARTS, partsToRead, withParts } from './store/positionParts.js';
export type { PositionPart } from './store/positionParts.js';
export { loadSeeds } from './load/loadSeeds.js';
export { syncSeeds, syncUnits } from './load/syncSeeds.js';
export { splitBundle } from './load/splitBundle.js';
export type { GraphUnits } from './load/splitBundle.js';
export type { SyncResult } from './load/syncSeeds.js';
export * from './analysis/index.js';
