import { beforeAll, describe, expect, test } from 'vitest';
import { createActorResolver, type ActorResolver } from '../../graph/actors/resolveActor.js';
import { loadSeeds, type Actor } from '../../graph/index.js';
import { ActorGazetteer } from '../../graph/ingest/extract/actorGazetteer.js';
import { normalizeForMatching } from '../../graph/ingest/extract/normalizeForMatching.js';
import { SEEDS_DIR } from '../support/tempSeeds.js';

/**
 * One set of actor names for documents and datasets: the name a dataset cell gives (resolveActor,
 * used by `npm run import`) and the same name in a report's sentence (the ingest extractor's
 * gazetteer) denote the same actor id, whether the catalog has it or not.
 */
describe('the importer and the extractor resolve an actor alike', () => {
  let actors: readonly Actor[];
  let resolver: ActorResolver;
  let gazetteer: ActorGazetteer;
  beforeAll(async () => {
    actors = (await loadSeeds({ seedsDir: SEEDS_DIR })).actors;
    resolver = createActorResolver(actors);
    gazetteer = new ActorGazetteer({ actors });
  });

  const idInText = (sentence: string) => gazetteer.find(normalizeForMatching(sentence))[0]?.actorId ?? null;
  const idInCell = (cell: string) => {
    const resolution = resolver.resolve(cell);
    return resolution.ok ? resolution.actor.id : null;
  };

  test.each([
    // In the catalog, by name, formal name or alias.
    ['China', 'CHN'],
    ["People's Republic of China", 'CHN'],
    ['Islamic Republic of Iran', 'IRN'],
    ['Viet Nam', 'VNM'],
    ['European Union', 'eu'],
    ['League of Arab States', 'las'],
    // States the catalog lacks, from the ISO 3166 register and UN spellings.
    ['Republic of Korea', 'KOR'],
    ['Türkiye', 'TUR'],
    ['Chile', 'CHL'],
    ['United Kingdom of Great Britain and Northern Ireland', 'GBR'],
    // Groups the catalog lacks.
    ['Non-Aligned Movement', 'non-aligned-movement'],
    ['Group of 77 and China', 'g77-china'],
    ['African Union', 'african-union'],
    ['Organization of American States', 'oas'],
  ])('%s is %s in a dataset cell and in a sentence', (name, id) => {
    expect(idInCell(name)).toBe(id);
    expect(idInText(`The delegate of ${name} took the floor.`)).toBe(id);
  });

  test('an adjective of nationality names the State, not a territory sharing it', () => {
    const of = (demonym: string) => gazetteer.findDemonyms(normalizeForMatching(`the ${demonym} delegation`))[0]?.actorId;
    expect([of('French'), of('American'), of('Norwegian'), of('Dutch')]).toEqual(['FRA', 'USA', 'NOR', 'NLD']);
  });

  test('a typo in a dataset cell is an error with the closest name', () => {
    expect(resolver.resolve('Frnace')).toEqual({
      ok: false,
      message: expect.stringContaining('unknown actor "Frnace"'),
    });
    expect(resolver.resolve('Frnace')).toMatchObject({ message: expect.stringMatching(/Did you mean "France"\?$/) });
  });
});
