import type { AnnotationProblem } from '../../errors/index.js';
import type { SymbolDefinition } from './symbolTable.js';

/**
 * Ids are unique within their kind (targets share one namespace across principles, instruments
 * and proposals, since a position names its target by id alone).
 */
export function checkUniqueIds(symbols: readonly SymbolDefinition[]): AnnotationProblem[] {
  const problems: AnnotationProblem[] = [];
  const seen = new Map<string, SymbolDefinition>();
  for (const symbol of symbols) {
    const key = `${symbol.kind}\0${symbol.id}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        location: symbol.location,
        message: `duplicate ${symbol.kind} id ${JSON.stringify(symbol.id)}: already defined at ${first.location.file}:${first.location.line}; choose another id`,
        value: symbol.id,
      });
    } else {
      seen.set(key, symbol);
    }
  }
  return problems;
}
