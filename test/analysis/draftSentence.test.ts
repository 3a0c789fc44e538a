import { describe, expect, test } from 'vitest';
import { draftSentence } from '../../graph/analysis/index.js';
import type { Instrument, LegalPrinciple, Target } from '../../graph/model/index.js';
import { T, targets } from './fixture/hangzhouFixture.js';

const byId = new Map<string, Target>(targets.map((t) => [t.id, t]));
const principle = (name: string, elementOfId: string | null = null): LegalPrinciple => ({
  id: 'p',
  kind: 'PRINCIPLE',
  name,
  aliases: [],
  description: null,
  elementOfId,
  enshrinedInIds: [],
});
const instrument = (name: string, instrumentType: Instrument['instrumentType']): Instrument => ({
  id: 'i',
  kind: 'INSTRUMENT',
  name,
  aliases: [],
  description: null,
  instrumentType,
  partOfId: null,
  year: null,
});

describe('draftSentence', () => {
  test('one template per target kind', () => {
    expect(draftSentence(T.nonIntervention, byId)).toBe('States recognise the principle of non-intervention as applicable in cyberspace.');
    expect(draftSentence(T.coercion, byId)).toBe('States recognise coercion as an element of the principle of non-intervention in cyberspace.');
    expect(draftSentence(T.ihl, byId)).toBe('States recognise international humanitarian law as applicable in cyberspace.');
    expect(draftSentence(T.unCharter, byId)).toBe('States express support for the Charter of the United Nations.');
    expect(draftSentence(T.zeroDraft, byId)).toBe(
      'States support the proposal “Zero draft of the consensual basic principles of international law applicable in cyberspace”.',
    );
  });

  test('a question becomes "States agree that" and the proposition a yes accepts', () => {
    const question: Target = {
      id: 'q',
      kind: 'QUESTION',
      name: 'Coercion required',
      aliases: [],
      description: null,
      wording: 'Is coercion a required element of prohibited intervention?',
      proposition: 'coercion is a required element of prohibited intervention.',
      aboutIds: ['coercion-element'],
    };
    expect(draftSentence(question, byId)).toBe('States agree that coercion is a required element of prohibited intervention.');
  });

  test('reads the catalog names of the Hangzhou seeds as noun phrases', () => {
    const cases: [Target, string][] = [
      [principle('Principle of non-intervention'), 'States recognise the principle of non-intervention as applicable in cyberspace.'],
      [principle('State sovereignty'), 'States recognise State sovereignty as applicable in cyberspace.'],
      [principle('Applicability of international law to cyberspace'), 'States recognise the applicability of international law to cyberspace.'],
      [principle('Free, open and secure cyberspace'), 'States recognise a free, open and secure cyberspace.'],
      [principle('Coercion as an element of prohibited intervention', 'non-intervention'), 'States recognise coercion as an element of prohibited intervention in cyberspace.'],
      [principle('Right of self-defence', 'jus-ad-bellum'), 'States recognise the right of self-defence as applicable in cyberspace.'],
      [principle('Five Principles of Peaceful Coexistence'), 'States recognise the Five Principles of Peaceful Coexistence as applicable in cyberspace.'],
      [principle('Right to privacy and personal data protection'), 'States recognise the right to privacy and personal data protection as applicable in cyberspace.'],
      [principle('A new universal international legal instrument on cybercrime'), 'States support a new universal international legal instrument on cybercrime.'],
      [instrument('Article 51 of the Charter of the United Nations', 'TREATY_PROVISION'), 'States express support for Article 51 of the Charter of the United Nations.'],
      [instrument('Convention on Cybercrime of the Council of Europe', 'TREATY'), 'States express support for the Convention on Cybercrime of the Council of Europe.'],
    ];
    // "jus-ad-bellum" is not in the fixture catalog: an unknown parent falls back to the plain form.
    for (const [target, sentence] of cases) expect(draftSentence(target, byId)).toBe(sentence);
  });
});
