import type { ActorInfo } from '../model/Catalog.js';

/**
 * A column label short enough to stand rotated above a matrix cell: a State's name up to 14
 * characters (else its ISO code), an organisation's acronym when it has one (AALCO, ICRC), else
 * its name cut at 18 characters.
 */
export function shortName(actor: ActorInfo): string {
  if (actor.kind === 'STATE') return actor.name.length <= 14 ? actor.name : actor.id;
  const acronym = [actor.name, ...actor.aliases].filter((a) => /^[A-Z][A-Z0-9&.-]{1,9}$/.test(a)).sort((a, b) => a.length - b.length)[0];
  if (acronym) return acronym;
  return actor.name.length <= 18 ? actor.name : `${actor.name.slice(0, 17)}…`;
}
