import path from 'node:path';
import { loadSeeds } from '../../graph/load/loadSeeds.js';
import { codePointIndex } from '../../graph/load/codePointIndex.js';
import { catalogFromBundle } from '../../graph/ingest/extract/catalogFromBundle.js';
import { extractSuggestions } from '../../graph/ingest/extract/extractSuggestions.js';
import { evaluateExtraction, type ExtractionScore } from '../../graph/ingest/eval/evaluateExtraction.js';
import { PROJECT_ROOT } from '../config.js';

/**
 * `npm run eval:extract`: runs the extractor on each curated seed document's text alone (the
 * catalog is given, the annotations are not), then scores the suggestions against the curated
 * annotations. Prints figures and the misses; `--json` prints the scores as JSON.
 */
export async function evalExtractCommand(options: { seeds?: string; json?: boolean; misses?: boolean }): Promise<ExtractionScore[]> {
  const seedsDir = options.seeds ?? process.env.SEEDS_DIR ?? path.join(PROJECT_ROOT, 'seeds');
  const bundle = await loadSeeds({ seedsDir });
  const scores: ExtractionScore[] = [];
  for (const document of bundle.documents) {
    const curated = {
      statements: bundle.statements.filter((s) => s.documentId === document.id && !isExtracted(bundle, s.id)),
      positions: bundle.positions.filter((p) => p.evidence.documentId === document.id && p.provenance.method === 'CURATED'),
    };
    if (curated.positions.length === 0) continue;
    const extraction = extractSuggestions({ text: document.text, catalog: catalogFromBundle(bundle, document.meetingId), documentId: document.id });
    const score = evaluateExtraction(extraction, curated, codePointIndex(document.text));
    scores.push(score);
    if (options.json) {
      console.log(JSON.stringify({ document: document.id, ...score }));
      continue;
    }
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    console.log(`Document ${document.id}: extractor run on its text alone, scored against its curated annotations`);
    console.log(`  statement attribution  precision ${pct(score.statements.precision)} (${score.statements.truePositives}/${score.statements.suggested})  recall ${pct(score.statements.recall)} (${score.statements.truePositives}/${score.statements.expected})`);
    console.log(`  (actor, target) pairs  precision ${pct(score.positions.precision)} (${score.positions.truePositives}/${score.positions.suggested})  recall ${pct(score.positions.recall)} (${score.positions.truePositives}/${score.positions.expected})`);
    console.log(`  stance agreement on matched pairs  ${pct(score.stanceAgreement.rate)} (${score.stanceAgreement.agreed}/${score.stanceAgreement.matched})`);
    console.log(`  candidate new targets suggested (not scored)  ${score.candidates}`);
    console.log(`  missed (actor, target) pairs: ${score.missedPositions.length}`);
    for (const miss of score.missedPositions) console.log(`    - ${miss.actorId} ${miss.targetId} ${miss.stance}: "${miss.quote.slice(0, 100)}"`);
    console.log(`  missed statements: ${score.missedStatements.map((s) => s.id).join(', ') || 'none'}`);
    if (options.misses) {
      console.log(`  spurious (actor, target) pairs: ${score.spuriousPositions.length}`);
      for (const extra of score.spuriousPositions) console.log(`    + ${extra.actorId} ${extra.targetId} ${extra.stance}: "${extra.quote.slice(0, 100)}"`);
    }
  }
  return scores;
}

function isExtracted(bundle: Awaited<ReturnType<typeof loadSeeds>>, statementId: string): boolean {
  const positions = bundle.positions.filter((p) => p.statementId === statementId);
  return positions.length > 0 && positions.every((p) => p.provenance.method === 'EXTRACTED');
}
