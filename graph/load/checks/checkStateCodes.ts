import countries from 'i18n-iso-countries';
import type { AnnotationProblem } from '../../errors/index.js';
import type { SeedFiles } from '../readSeeds.js';

/**
 * A State's id is its ISO 3166-1 alpha-3 code (https://www.iso.org/iso-3166-country-codes.html),
 * checked against the maintained i18n-iso-countries table rather than a hand-typed list.
 */
export function checkStateCodes(files: SeedFiles): AnnotationProblem[] {
  const problems: AnnotationProblem[] = [];
  files.actors.data.actors.forEach((actor, index) => {
    if (actor.kind !== 'STATE') return;
    if (!countries.isValid(actor.id) || countries.toAlpha3(actor.id) !== actor.id) {
      problems.push({
        location: files.actors.locate(['actors', index, 'id']),
        message: `actors.${index}.id: a State's id must be its ISO 3166-1 alpha-3 code in capitals (e.g. "CHN"), got ${JSON.stringify(actor.id)}`,
        value: actor.id,
      });
    }
  });
  return problems;
}
