import type { AnnotationProblem } from '../../errors/index.js';
import { didYouMean } from '../../errors/didYouMean.js';
import type { SymbolDefinition, SymbolKind } from '../checks/symbolTable.js';
import type { ParsedFile, PathSegment } from '../readYamlFile.js';
import type { SeedFiles } from '../readSeeds.js';

type SymbolIndex = Map<SymbolKind, Map<string, SymbolDefinition>>;

/**
 * The cross-file rules of coded datasets (seeds/datasets/): every id names something of the right
 * kind; an actor a dataset introduces agrees in kind with the catalog's; each actor answers each
 * question at most once per dataset; a quote said to be located in a graph document occurs there
 * verbatim.
 */
export function checkDatasets(files: SeedFiles, symbols: SymbolIndex): AnnotationProblem[] {
  const problems: AnnotationProblem[] = [];
  const problem = (file: ParsedFile<unknown>, path: PathSegment[], message: string, value: unknown) =>
    problems.push({ location: file.locate(path), message: `${path.join('.')}: ${message}`, value });
  const expect = (
    file: ParsedFile<unknown>,
    path: PathSegment[],
    id: string,
    kind: SymbolKind,
    noun: string,
    details?: readonly string[],
  ) => {
    const found = symbols.get(kind)?.get(id);
    if (found && (!details || details.includes(found.detail))) return;
    if (found) return problem(file, path, `${JSON.stringify(id)} is a ${found.detail.toLowerCase()}, expected ${noun}`, id);
    const candidates = [...(symbols.get(kind)?.values() ?? [])]
      .filter((symbol) => !details || details.includes(symbol.detail))
      .map((symbol) => symbol.id);
    problem(file, path, `unknown ${noun} ${JSON.stringify(id)}.${didYouMean(id, candidates) || ' Define it first.'}`, id);
  };
  const documentTexts = new Map(files.documents.map((document) => [document.meta.data.id, document.text]));

  for (const { meta, positions } of files.datasets) {
    const data = meta.data;
    expect(meta, ['publisher'], data.publisher, 'actor', 'actor');
    data.participants.forEach((actorId, i) => expect(meta, ['participants', i], actorId, 'actor', 'actor'));
    data.actors.forEach((actor, i) => {
      const defined = symbols.get('actor')?.get(actor.id);
      if (defined && defined.detail !== actor.kind) {
        problem(meta, ['actors', i, 'kind'], `actor ${JSON.stringify(actor.id)} is a ${defined.detail} at ${defined.location.file}:${defined.location.line}, not a ${actor.kind}`, actor.kind);
      }
    });
    data.questions.forEach((question, i) =>
      question.about.forEach((aboutId, j) =>
        expect(meta, ['questions', i, 'about', j], aboutId, 'target', 'principle or instrument', ['PRINCIPLE', 'INSTRUMENT']),
      ),
    );

    const participants = new Set(data.participants);
    const cells = new Map<string, number>();
    positions.data.positions.forEach((position, i) => {
      const base: PathSegment[] = ['positions', i];
      expect(positions, [...base, 'actor'], position.actor, 'actor', 'actor');
      if (!participants.has(position.actor)) {
        problem(positions, [...base, 'actor'], `actor ${JSON.stringify(position.actor)} is not among the dataset's participants in ${meta.file}`, position.actor);
      }
      expect(positions, [...base, 'target'], position.target, 'target', 'principle, instrument, proposal or question');
      const cell = `${position.actor}\0${position.target}`;
      const earlier = cells.get(cell);
      if (earlier !== undefined) {
        problem(positions, [...base, 'target'], `${position.actor} already answers ${JSON.stringify(position.target)} at row ${earlier}; one answer per actor and question`, position.target);
      } else {
        cells.set(cell, position.row);
      }
      if (position.source_document !== undefined) {
        const text = documentTexts.get(position.source_document);
        if (text === undefined) {
          expect(positions, [...base, 'source_document'], position.source_document, 'document', 'document with a source text', ['']);
        } else if (position.quote === undefined) {
          problem(positions, [...base, 'source_document'], 'a source document is named but there is no quote to locate in it', position.source_document);
        } else if (!text.includes(position.quote)) {
          problem(positions, [...base, 'quote'], `quote is not verbatim in document ${JSON.stringify(position.source_document)}; copy it exactly or drop source_document to keep it unlocated`, position.quote);
        }
      }
    });
  }
  return problems;
}
