/**
 * The public surface of graph/analysis: what server/ (GraphQL, CLI) may import. Everything is a pure
 * function of an `AnalysisInput` except `loadAnalysisInput`, which reads one through the store port.
 */
export type { AnalysisInput, AnalysisScope } from './AnalysisInput.js';
export {
  loadAnalysisInput,
  loadVersionedInput,
  DEFAULT_ANALYSIS_PAGE_SIZE,
  type LoadAnalysisOptions,
  type LoadVersionedOptions,
  type VersionedInput,
} from './loadAnalysisInput.js';
export { narrowScope } from './narrowScope.js';
export { normalizeScope, scopeKeyOf } from './normalizeScope.js';
export { participatingStates } from './participatingStates.js';
export { netStance } from './netStance.js';
export { stanceMatrix, type StanceCell, type StanceMatrixOptions } from './stanceMatrix.js';
export { netReservation, reservationOf } from './netReservation.js';
export { campsOf, type Camps } from './campsOf.js';
export { consensusTier, CONSENSUS_TIERS, type ConsensusTier } from './consensusTier.js';
export type { Citation } from './citationOf.js';
export { consensusOn, type Consensus, type ConsensusSide, type SideActor } from './consensusOn.js';
export type { Divergence } from './divergenceOf.js';
export { divergences } from './divergences.js';
export {
  agreement,
  DEFAULT_MIN_SHARED_TARGETS,
  type AgreementOptions,
  type AgreementPair,
  type StateAgreement,
} from './agreement.js';
export type { ChanceCorrectionNullReason } from './chanceCorrectedAgreement.js';
export {
  blocs,
  DEFAULT_BLOCS_RESTARTS,
  DEFAULT_BLOCS_SEED,
  type Bloc,
  type BlocEdge,
  type BlocsCaveat,
  type Blocs,
  type BlocsDataQuality,
  type BlocsOptions,
} from './blocs.js';
export {
  commonGround,
  DEFAULT_MIN_SUPPORTERS,
  type CommonGround,
  type CommonGroundOptions,
} from './commonGround.js';
export { zeroDraft, DEFAULT_ZERO_DRAFT_TITLE } from './zeroDraft.js';
export type {
  DraftDivergence,
  DraftMeeting,
  DraftPrinciple,
  DraftQuestion,
  DraftSide,
  DraftVoice,
  DraftQuoting,
  DraftUnquotedQuestions,
  UnquotedVoices,
  ZeroDraft,
  ZeroDraftOptions,
} from './zeroDraftModel.js';
export { DEFAULT_QUOTING } from './zeroDraftModel.js';
export { draftSentence } from './draftSentence.js';
export { renderZeroDraftMarkdown } from './renderZeroDraftMarkdown.js';
export { renderZeroDraft, type ZeroDraftFormat } from './renderZeroDraft.js';
export {
  verifyZeroDraft,
  ZeroDraftVerificationError,
  type ZeroDraftProblem,
  type ZeroDraftProblemCode,
} from './verifyZeroDraft.js';
