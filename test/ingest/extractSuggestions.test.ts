import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadSeeds, type GraphBundle } from '../../graph/index.js';
import { catalogFromBundle } from '../../graph/ingest/extract/catalogFromBundle.js';
import { classifyStance } from '../../graph/ingest/extract/classifyStance.js';
import { extractSuggestions } from '../../graph/ingest/extract/extractSuggestions.js';
import { SEEDS_DIR } from '../support/tempSeeds.js';

/**
 * The extractor on texts of the genres it will meet, written for these tests (UN meetings
 * coverage, a national position paper, a third-party summary in Markdown): who speaks, about
 * what, with which stance. The seed report is not used here, so these do not reward tuning to it.
 */
let bundle: GraphBundle;
beforeAll(async () => {
  bundle = await loadSeeds({ seedsDir: SEEDS_DIR });
});

/** The positions suggested for a text written inline, as "ACTOR STANCE target" ("(name)" for a candidate target). */
function run(text: string): string[] {
  return extractSuggestions({ text, catalog: catalogFromBundle(bundle, null), documentId: 'inline', actorId: null }).positions.map(
    (p) => `${p.actorId} ${p.stance} ${p.targetId ?? `(${p.targetName})`}`,
  );
}

async function extract(fixture: string, actorId: string | null = null) {
  const text = await readFile(path.join(import.meta.dirname, 'fixtures', fixture), 'utf8');
  const extraction = extractSuggestions({ text, catalog: catalogFromBundle(bundle, null), documentId: 'fixture', actorId });
  return { text, extraction, triples: extraction.positions.map((p) => `${p.actorId} ${p.stance} ${p.targetId ?? `(${p.targetName})`}`) };
}

describe('extractSuggestions', () => {
  test('UN coverage: representatives, a group speaking through a State, a name with the country in parentheses', async () => {
    const { triples, extraction } = await extract('un-coverage.txt');
    expect(triples).toEqual(
      expect.arrayContaining([
        'CHL SUPPORTS un-charter',
        'CHL SUPPORTS non-intervention',
        'CHL QUALIFIES coercion-required',
        'non-aligned-movement OPPOSES unilateral-coercive-measures',
        'non-aligned-movement SUPPORTS capacity-building',
        'JPN SUPPORTS budapest-convention',
        'JPN QUERIES due-diligence',
        'JPN QUERIES due-diligence-binding',
        'RUS OPPOSES tallinn-manual-1',
        'RUS QUALIFIES ihl',
        'MEX SUPPORTS sovereignty',
      ]),
    );
    const group = extraction.statements.find((s) => s.actorId === 'non-aligned-movement')!;
    expect(group.deliveredBy).toBe('IDN');
    // "Several delegations…" names nobody: no statement, and it ends the Russian Federation's.
    expect(extraction.statements.map((s) => s.actorId)).toEqual(['CHL', 'non-aligned-movement', 'JPN', 'RUS', 'MEX']);
  });

  test('national position paper with --actor: first person and the State by name', async () => {
    const { triples } = await extract('national-statement.txt', 'ISR');
    expect(triples).toEqual(
      expect.arrayContaining([
        'ISR SUPPORTS un-charter',
        'ISR QUALIFIES sovereignty',
        'ISR SUPPORTS non-intervention',
        'ISR OPPOSES unilateral-coercive-measures',
      ]),
    );
    expect(triples.every((t) => t.startsWith('ISR '))).toBe(true);
  });

  test('third-party summary: formal names, adjectives, a State as subject, and panellists ending a statement', async () => {
    const { triples, extraction } = await extract('summary.md');
    expect(triples).toEqual(
      expect.arrayContaining([
        'IRN SUPPORTS non-intervention',
        'IRN OPPOSES extraterritorial-jurisdiction',
        'JPN SUPPORTS ihl',
        'VNM QUERIES distinction',
      ]),
    );
    expect(extraction.statements.map((s) => s.actorId)).toEqual(['IRN', 'JPN', 'VNM']);
  });

  test('every quote is the stored text at its offsets, inside its statement', async () => {
    for (const fixture of ['un-coverage.txt', 'summary.md', 'national-statement.txt']) {
      const { text, extraction } = await extract(fixture, fixture.startsWith('national') ? 'ISR' : null);
      for (const position of extraction.positions) {
        const statement = extraction.statements.find((s) => s.id === position.statementId)!;
        expect(text.slice(position.start, position.end)).toBe(position.quote);
        expect(position.start).toBeGreaterThanOrEqual(statement.start);
        expect(position.end).toBeLessThanOrEqual(statement.end);
        expect(position.confidence).toBeGreaterThan(0);
        expect(position.confidence).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('classifyStance: negation and hedging', () => {
  test.each([
    ['sovereignty is not yet a binding rule', 'QUALIFIES'],
    ['the scope of the rule remains unsettled', 'QUALIFIES'],
    ['it would be premature to negotiate a treaty', 'QUALIFIES'],
    ['to be determined on a case-by-case basis', 'QUALIFIES'],
    ['the delegation inquired whether the rule applied', 'QUERIES'],
    ['he asked how due diligence would apply', 'QUERIES'],
    ['the delegation does not accept the Manual', 'OPPOSES'],
    ['the measures are a violation of the Charter', 'OPPOSES'],
    ['the principle is not applicable to data', 'OPPOSES'],
    ['the principle may apply to data', 'QUALIFIES'],
    ['the delegation fully supports the principle', 'SUPPORTS'],
    ['international law applies in cyberspace', 'SUPPORTS'],
  ])('%s → %s', (text, stance) => {
    expect(classifyStance(text)?.stance).toBe(stance);
  });
});

describe('classifyStance: a breached rule is upheld, what breaches it is opposed', () => {
  const read = (text: string, target: string) => {
    const start = text.indexOf(target);
    return classifyStance(text, { start, end: start + target.length })?.stance;
  };
  test.each([
    ['operations that infringe upon the territorial sovereignty of another State are wrongful', 'sovereignty', 'SUPPORTS'],
    ['sovereignty is a primary rule, the violation of which is an internationally wrongful act', 'sovereignty', 'SUPPORTS'],
    ['unilateral coercive measures are a violation of the Charter', 'unilateral coercive measures', 'OPPOSES'],
    ['unilateral coercive measures are a violation of the Charter', 'Charter', 'SUPPORTS'],
  ])('%s (target: %s) → %s', (text, target, stance) => {
    expect(read(text, target)).toBe(stance);
  });

  test.each([
    ['we do not consider that a new treaty is needed', 'OPPOSES'],
    ['due diligence is a voluntary norm rather than a binding obligation', 'OPPOSES'],
    ['sovereignty is a binding rule of international law', 'SUPPORTS'],
  ])('%s → %s', (text, stance) => {
    expect(classifyStance(text)?.stance).toBe(stance);
  });
});

describe('extractSuggestions: shared subjects and reported clauses', () => {
  test('"Mexico, Chile and Colombia supported…" gives each State its own statement and position', () => {
    expect(run('Mexico, Chile and Colombia supported the principle of non-intervention.')).toEqual([
      'MEX SUPPORTS non-intervention',
      'CHL SUPPORTS non-intervention',
      'COL SUPPORTS non-intervention',
    ]);
  });

  test('a passive attribution names every State after "by"', () => {
    expect(run('This view was shared by the delegations of Egypt and Algeria, which supported the principle of non-intervention.')).toEqual([
      'EGY SUPPORTS non-intervention',
      'DZA SUPPORTS non-intervention',
    ]);
  });

  test('"Speaking for the Group of 77 and China, the delegate of Cuba said…" is the group\'s statement', () => {
    expect(run('Speaking for the Group of 77 and China, the delegate of Cuba said that unilateral coercive measures are contrary to international law.')).toEqual([
      'g77-china OPPOSES unilateral-coercive-measures',
    ]);
  });

  test('a second reporting verb starts a clause with its own stance', () => {
    expect(
      run('The representative of Australia welcomed the principle of non-intervention and said that due diligence was a voluntary norm rather than a binding obligation.'),
    ).toEqual(['AUS SUPPORTS non-intervention', 'AUS OPPOSES due-diligence', 'AUS OPPOSES due-diligence-binding']);
  });

  test('"is applicable in" finds a target whose alias says "applies to"', () => {
    expect(run('The delegate of Peru said that international law is applicable in cyberspace.')).toEqual(['PER SUPPORTS applicability-of-international-law']);
  });

  test('a proposed treaty the catalog lacks becomes a candidate target', () => {
    expect(run('The speaker for the Russian Federation underlined the need for a universal convention on international information security.')).toEqual([
      'RUS SUPPORTS (universal convention on international information security)',
    ]);
  });
});

describe('extractSuggestions: the wording of meeting coverage, summaries and numbered reports', () => {
  test('a joint statement on behalf of named States is each State\'s, the one delivering it included; a group\'s stays the group\'s', () => {
    expect(run('On behalf of Peru, Kenya and Norway, the representative of Kenya said that capacity-building was essential.')).toEqual([
      'PER SUPPORTS capacity-building',
      'KEN SUPPORTS capacity-building',
      'NOR SUPPORTS capacity-building',
    ]);
    expect(run('Chile, speaking also on behalf of Mexico and Colombia, said the principle of non-intervention applied.')).toEqual([
      'CHL SUPPORTS non-intervention',
      'MEX SUPPORTS non-intervention',
      'COL SUPPORTS non-intervention',
    ]);
    expect(run('Speaking on behalf of the European Union, the representative of Spain said that the Budapest Convention was essential.')).toEqual([
      'eu SUPPORTS budapest-convention',
    ]);
  });

  test('a speaker who only agrees takes the positions of what was said just before, quoted by the words of agreement', () => {
    const text =
      'The delegate of Peru supported capacity-building and opposed unilateral coercive measures. Chile agreed.\n\nThis view was shared by Kenya and Norway.';
    const extraction = extractSuggestions({ text, catalog: catalogFromBundle(bundle, null), documentId: 'inline', actorId: null });
    expect(extraction.positions.map((p) => `${p.actorId} ${p.stance} ${p.targetId} «${p.quote}»`)).toEqual([
      'PER SUPPORTS capacity-building «The delegate of Peru supported capacity-building»',
      'PER OPPOSES unilateral-coercive-measures «opposed unilateral coercive measures»',
      'CHL SUPPORTS capacity-building «Chile agreed»',
      'CHL OPPOSES unilateral-coercive-measures «Chile agreed»',
      'KEN SUPPORTS capacity-building «This view was shared by Kenya and Norway»',
      'KEN OPPOSES unilateral-coercive-measures «This view was shared by Kenya and Norway»',
      'NOR SUPPORTS capacity-building «This view was shared by Kenya and Norway»',
      'NOR OPPOSES unilateral-coercive-measures «This view was shared by Kenya and Norway»',
    ]);
    // Agreeing to do something is not agreeing with anyone.
    expect(run('The delegate of Peru supported capacity-building. Chile agreed to host the next session.')).toEqual(['PER SUPPORTS capacity-building']);
    // A speaker who names a target of its own says what it says.
    expect(run('The delegate of Peru supported capacity-building. Chile agreed that the principle of sovereignty was essential.')).toEqual([
      'PER SUPPORTS capacity-building',
      'CHL SUPPORTS sovereignty',
    ]);
  });

  test('a document headed "Statement by …" speaks for that State wherever no other speaker is named', () => {
    const text =
      'Statement by the Delegation of the Republic of Peru\n\nMr. Chair,\n\nWe believe that capacity-building is essential.\n\n' +
      'We agree with Chile, which said that the principle of sovereignty applies. Chile said that the Budapest Convention was useful.\n\n' +
      'Finally, my delegation rejects unilateral coercive measures.';
    expect(run(text)).toEqual([
      'PER SUPPORTS capacity-building',
      'PER SUPPORTS sovereignty',
      'CHL SUPPORTS budapest-convention',
      'PER OPPOSES unilateral-coercive-measures',
    ]);
    // A heading that names a State without saying it is its statement is only a heading.
    expect(run('Cooperation with Peru\n\nWe believe that capacity-building is essential.')).toEqual([]);
  });

  test('the right of reply is procedure, not a candidate target', () => {
    expect(
      run('Speaking in exercise of the right of reply, the representative of Peru said that his country rejected unilateral coercive measures.'),
    ).toEqual(['PER OPPOSES unilateral-coercive-measures']);
  });

  test('a numbered paragraph or list item is read past its marker', () => {
    expect(run('7. Peru emphasised the importance of capacity-building.\n\n(b) Chile said the principle of non-intervention was essential.')).toEqual([
      'PER SUPPORTS capacity-building',
      'CHL SUPPORTS non-intervention',
    ]);
  });

  test('"referred to", "did not share", "went further, stating" report their subject; "It" goes on with it', () => {
    expect(
      run(
        'Norway referred to the Friendly Relations Declaration as authoritative. The United Kingdom did not share that view. It considered the principle of non-intervention to be the relevant rule.',
      ),
    ).toEqual(['NOR SUPPORTS friendly-relations-declaration', 'GBR SUPPORTS non-intervention']);
    expect(run('Spain went further, stating that the principle of sovereignty was a binding rule.')).toEqual(['ESP SUPPORTS sovereignty', 'ESP SUPPORTS sovereignty-rule']);
  });

  test('"X\'s delegate" speaks for X whatever the verb; "For X, …" and "In X\'s view, …" report X\'s view', () => {
    expect(run("Kenya's delegate took a different line. Capacity-building had to come first, he said.")).toEqual(['KEN SUPPORTS capacity-building']);
    expect(run('For Peru, international humanitarian law applied to cyber operations in armed conflict.')).toEqual(['PER SUPPORTS ihl']);
    expect(run("In Chile's view, the principle of sovereign equality must guide the discussion.")).toEqual(['CHL SUPPORTS sovereign-equality']);
  });

  test('"A, B and C, in separate statements, each said…" gives each its position', () => {
    expect(run('Peru, Chile and Kenya, in separate statements, each said capacity-building was essential.')).toEqual([
      'PER SUPPORTS capacity-building',
      'CHL SUPPORTS capacity-building',
      'KEN SUPPORTS capacity-building',
    ]);
  });

  test('words that name two catalog targets name both ("Article 51"); either spelling of a word matches', () => {
    expect(run('The delegate of Peru said the right of self-defense under Article 51 applied.')).toEqual(
      expect.arrayContaining(['PER SUPPORTS self-defence', 'PER SUPPORTS un-charter-art-51']),
    );
    expect(run('The delegate of Peru welcomed the norms of responsible State behavior.')).toEqual(['PER SUPPORTS responsible-state-behaviour']);
  });

  test('"international law applies to cyberspace" in any tense, with an aside, and under the other names of cyberspace', () => {
    expect(run('The delegate of Peru said international law applied to the use of ICTs by States.')).toEqual(['PER SUPPORTS applicability-of-international-law']);
    expect(run('The delegate of Chile said that international law, including the UN Charter, was applicable online.')).toEqual([
      'CHL SUPPORTS applicability-of-international-law',
      'CHL SUPPORTS un-charter',
    ]);
    expect(run('The delegate of Chile said that customary international law had developed online.')).not.toContain('CHL SUPPORTS applicability-of-international-law');
  });

  test('a negated passive, a denied status and a warning of legitimised conflict object', () => {
    expect(run('The delegate of Peru said the right of self-defence could not be invoked against such operations.')).toEqual(['PER OPPOSES self-defence']);
    expect(run('The delegate of Chile did not consider the Tallinn Manual 2.0 to be evidence of State practice.')).toContain('CHL OPPOSES tallinn-manual-2');
    expect(run('The delegate of Cuba said that extending the law of armed conflict to cyberspace risked legitimizing war.')).toEqual(['CUB OPPOSES ihl']);
    expect(run('The delegate of Peru said the right of self-defence should be invoked only as a last resort.')).not.toContain('PER OPPOSES self-defence');
  });

  test('"not merely" does not deny; ", adding that" opens a clause of its own', () => {
    expect(run('The delegate of Peru said sovereignty was not merely a principle but a rule.')).not.toContain('PER OPPOSES sovereignty');
    expect(run('The delegate of Chile said capacity-building was essential, adding that there was no need for a new treaty.')).toEqual([
      'CHL SUPPORTS capacity-building',
      'CHL OPPOSES (new treaty)',
    ]);
  });

  test('accepting a target and then limiting it in a clause with no target of its own qualifies it', () => {
    expect(run('The delegate of Peru regarded sovereignty as a foundational principle, but did not consider that it gave rise to a separate rule.')).toEqual([
      'PER QUALIFIES sovereignty',
      'PER OPPOSES sovereignty-rule',
    ]);
    // The contrasting clause names its own target: each keeps its own stance.
    expect(run('The delegate of Peru supported capacity-building, but opposed the Budapest Convention.')).toEqual([
      'PER SUPPORTS capacity-building',
      'PER OPPOSES budapest-convention',
    ]);
  });

  test('an open question qualifies; "however" as a degree does not; accepting supports; "violates it" upholds the rule', () => {
    expect(run('The delegate of Peru regarded it as an open question whether the principle of sovereignty applied.')).toEqual(['PER QUALIFIES sovereignty']);
    expect(run('The delegate of Peru said that the principle of non-intervention, however worded, was essential.')).toEqual(['PER SUPPORTS non-intervention']);
    expect(run('The delegate of Chile said the principle of non-intervention, which it fully accepted, was the relevant rule.')).toEqual(['CHL SUPPORTS non-intervention']);
    expect(run('The delegate of Peru said sovereignty is a rule, and a State that enters the networks of another violates it.')).toEqual([
      'PER SUPPORTS sovereignty',
      'PER SUPPORTS sovereignty-rule',
    ]);
  });

  test('a State whose name takes "the" is found after "and" and mid-sentence ("the Netherlands", "the Gambia")', () => {
    expect(run('Germany and the Netherlands stressed the importance of capacity-building.')).toEqual([
      'DEU SUPPORTS capacity-building',
      'NLD SUPPORTS capacity-building',
    ]);
    expect(run('The representative of the Gambia said capacity-building was essential.')).toEqual(['GMB SUPPORTS capacity-building']);
  });

  test('a question about one principle is asked by the principle and a word of its own name ("rule", "binding", "collective")', () => {
    expect(run('The delegate of Peru said sovereignty was a rule of international law in its own right.')).toEqual([
      'PER SUPPORTS sovereignty',
      'PER SUPPORTS sovereignty-rule',
    ]);
    expect(run('The delegate of Chile said due diligence was not a binding obligation.')).toContain('CHL OPPOSES due-diligence-binding');
    expect(run('The delegate of Peru supported collective countermeasures.')).toEqual(['PER SUPPORTS collective-countermeasures']);
    // The principle without the question's words is the principle alone.
    expect(run('The delegate of Peru supported the principle of sovereignty.')).toEqual(['PER SUPPORTS sovereignty']);
  });

  test('a statement on coercion as an element of intervention answers the legal question about it', () => {
    expect(run('The delegate of Peru said coercion was the essential element of a prohibited intervention.')).toContain('PER SUPPORTS coercion-required');
    expect(run('The delegate of Chile did not consider coercion to be a necessary element.')).toEqual(['CHL OPPOSES coercion-required']);
    // The bare word for the principle beside the element is the question's wording; the principle named as such is a position of its own.
    expect(run('The delegate of Peru said the essence of a prohibited intervention lay in coercion.')).toEqual(['PER SUPPORTS coercion-required']);
    expect(run('The delegate of Chile said the principle of non-intervention prohibits coercive interference.')).toEqual([
      'CHL SUPPORTS non-intervention',
      'CHL SUPPORTS coercion-required',
    ]);
  });
});
