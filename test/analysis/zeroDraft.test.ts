import { describe, expect, test } from 'vitest';
import {
  narrowScope,
  renderZeroDraft,
  renderZeroDraftMarkdown,
  verifyZeroDraft,
  zeroDraft,
  type ZeroDraft,
} from '../../graph/analysis/index.js';
import { hangzhouInput, hangzhouReport, positionOf } from './fixture/hangzhouFixture.js';

describe('zeroDraft', () => {
  const draft = zeroDraft(hangzhouInput);

  test('one numbered candidate principle per common-ground target, worded from its name', () => {
    expect(draft.meetings.map((m) => m.id)).toEqual(['hangzhou-2019']);
    expect(draft.principles.map((p) => [p.number, p.targetId, p.text])).toEqual([
      [1, 'sovereignty', 'States recognise sovereignty as applicable in cyberspace.'],
      [2, 'un-charter', 'States express support for the Charter of the United Nations.'],
      [3, 'hangzhou-2019.zero-draft', 'States support the proposal “Zero draft of the consensual basic principles of international law applicable in cyberspace”.'],
    ]);
  });

  test('each principle is followed by its supporters and their verbatim quotes', () => {
    const [sovereignty] = draft.principles;
    expect(sovereignty!.supporters.map((v) => [v.actorId, v.citations.map((c) => c.quote)])).toEqual([
      ['ARE', ['the importance of sovereignty']],
      ['CHN', ['based on sovereign equality of nations']],
      ['JPN', ['Such an action constitutes infringement of territorial sovereignty']],
    ]);
    const cited = sovereignty!.supporters[1]!.citations[0]!;
    const position = positionOf('fx.t21.chn.sovereignty');
    expect(cited).toMatchObject({
      documentId: 'fixture-hangzhou-2019',
      agendaItemLabel: 'Topic II.1',
      start: position.evidence.start,
      end: position.evidence.end,
    });
    expect(draft.principles[2]!.queriedBy.map((v) => [v.actorId, v.citations[0]!.quote])).toEqual([
      ['JPN', 'asked what the zero draft would contain and how it would be adopted'],
    ]);
  });

  test('points of divergence give each side its own quotes', () => {
    expect(draft.divergences.map((d) => [d.targetId, d.sides.map((s) => [s.stance, s.voices.map((v) => v.actorId)])])).toEqual([
      ['non-intervention', [['SUPPORTS', ['ARE', 'CHN']], ['QUALIFIES', ['IRN', 'JPN']]]],
      ['coercion', [['SUPPORTS', ['JPN']], ['QUALIFIES', ['CHN']]]],
      ['budapest-convention', [['SUPPORTS', ['JPN']], ['OPPOSES', ['CHN', 'IRN']]]],
    ]);
    // Iran nets to QUALIFIES on non-intervention and is quoted for that, not for its SUPPORTS.
    const iran = draft.divergences[0]!.sides[1]!.voices[0]!;
    expect(iran.citations.map((c) => c.positionId)).toEqual(['fx.t21.irn.non-intervention.2']);
  });

  test('open questions come from the QUERIES positions', () => {
    expect(draft.openQuestions.map((q) => [q.actorId, q.targetId, q.citation.quote])).toEqual([
      ['VNM', 'common-heritage-of-mankind', 'whether the internet could be considered the “global heritage of mankind”'],
      ['JPN', 'hangzhou-2019.zero-draft', 'asked what the zero draft would contain and how it would be adopted'],
    ]);
  });

  test('passes its own verification, and every quote sits at its code-point offsets', () => {
    expect(verifyZeroDraft(draft, hangzhouInput)).toEqual([]);
    // The fixture puts an astral character before every statement, so UTF-16 slicing would miss.
    const quote = draft.principles[0]!.supporters[0]!.citations[0]!;
    expect(hangzhouReport.document.text.slice(quote.start, quote.end)).not.toBe(quote.quote);
  });

  test('past its quoting limits it quotes the most representative voices and counts the others', () => {
    const capped = zeroDraft(hangzhouInput, { quoting: { supportersPerCandidate: 1, voicesPerSide: 1, divergencesQuoted: 1, questionTargetsQuoted: 1 } });
    // Sovereignty: ARE, CHN and JPN each took one SUPPORTS position there, in the same report; Japan spoke last.
    expect(capped.principles[0]!.supporters.map((v) => v.actorId)).toEqual(['JPN']);
    expect(capped.principles[0]!.otherSupporters).toEqual({ count: 2, actorIds: ['ARE', 'CHN'] });
    // The most divided divergence quotes one voice a side; the others are counted only.
    expect(capped.divergences.map((d) => d.sides.map((s) => [s.voices.map((v) => v.actorId), s.otherVoices.actorIds]))).toEqual([
      [[['ARE'], ['CHN']], [['JPN'], ['IRN']]],
      [[[], ['JPN']], [[], ['CHN']]],
      [[[], ['JPN']], [[], ['CHN', 'IRN']]],
    ]);
    expect(capped.openQuestions.map((q) => [q.targetId, q.actorId])).toEqual([['common-heritage-of-mankind', 'VNM']]);
    expect(capped.unquotedQuestions).toEqual([
      { targetId: 'hangzhou-2019.zero-draft', targetName: capped.principles[2]!.targetName, askers: { count: 1, actorIds: ['JPN'] } },
    ]);
    const markdown = renderZeroDraftMarkdown(capped);
    expect(markdown).toContain('   Supported by: Japan (JPN) and 2 other State(s) (all of them: `consensus(targetId: "sovereignty")`).');
    expect(markdown).toContain('- Coercion (`coercion`): supports 1; contests 1');
    expect(markdown).toContain('- Zero draft of the consensual basic principles of international law applicable in cyberspace (`hangzhou-2019.zero-draft`): 1 actor(s)');
  });

  test('minSupporters and title are options', () => {
    const strict = zeroDraft(hangzhouInput, { minSupporters: 3, title: 'Non-paper' });
    expect(strict.title).toBe('Non-paper');
    expect(strict.principles.map((p) => p.targetId)).toEqual(['sovereignty', 'un-charter']);
  });
});

describe('renderZeroDraftMarkdown', () => {
  test('renders the draft for one agenda item in full', () => {
    const draft = zeroDraft(narrowScope(hangzhouInput, { agendaItemIds: ['hangzhou-2019.topic-3'] }));
    const irn = positionOf('fx.t3.irn.zero-draft').evidence;
    const vnm = positionOf('fx.t3.vnm.zero-draft').evidence;
    const jpn = positionOf('fx.t3.jpn.zero-draft').evidence;
    const source = '— *Fixture report of the Fourth Meeting of the Open-ended Working Group (invented)* (`fixture-hangzhou-2019`), Topic III';
    expect(renderZeroDraftMarkdown(draft)).toBe(
      [
        '# Zero draft: elements of common ground on international law in cyberspace',
        '',
        'Draws on: Fourth Meeting of the Open-ended Working Group on International Law in Cyberspace (Hangzhou, China, 2019-09-02 to 2019-09-04; `hangzhou-2019`).',
        '',
        'Source tiers: SECONDARY.',
        'Positions drawn on: 3 (3 curated; unreviewed extracted positions left out).',
        '',
        '> Generated from the positions graph. Each candidate principle is supported by at least 2 participating State(s) and opposed or contested by none in scope; every State listed under it holds a SUPPORTS position on it. A State that accepts a principle only on stated conditions is named in a bracketed drafting note with its words. Every quote is verbatim from the cited document; offsets count Unicode code points, end exclusive.',
        '',
        '## Candidate principles',
        '',
        '1. States support the proposal “Zero draft of the consensual basic principles of international law applicable in cyberspace”.',
        '',
        '   Supported by: Islamic Republic of Iran (IRN), Socialist Republic of Vietnam (VNM).',
        '',
        `   - Islamic Republic of Iran (IRN): “welcomed the proposal of the Chair to prepare a zero draft” ${source}, characters ${irn.start}–${irn.end} (position \`fx.t3.irn.zero-draft\`)`,
        `   - Socialist Republic of Vietnam (VNM): “supported the preparation of the zero draft” ${source}, characters ${vnm.start}–${vnm.end} (position \`fx.t3.vnm.zero-draft\`)`,
        '',
        '   Asked about it, without taking a stance: Japan (JPN).',
        '',
        `   - Japan (JPN): “asked what the zero draft would contain and how it would be adopted” ${source}, characters ${jpn.start}–${jpn.end} (position \`fx.t3.jpn.zero-draft\`)`,
        '',
        '## Points of divergence',
        '',
        'None in scope.',
        '',
        '## Open questions',
        '',
        `- Japan (JPN) asked about Zero draft of the consensual basic principles of international law applicable in cyberspace (\`hangzhou-2019.zero-draft\`): “asked what the zero draft would contain and how it would be adopted” ${source}, characters ${jpn.start}–${jpn.end} (position \`fx.t3.jpn.zero-draft\`)`,
        '',
      ].join('\n'),
    );
  });

  test('escapes Markdown in quotes so a report’s *emphasis* shows as written', () => {
    const draft = zeroDraft(hangzhouInput);
    const tampered: ZeroDraft = { ...draft, title: 'A *bold* [claim]' };
    expect(renderZeroDraftMarkdown(tampered).split('\n')[0]).toBe('# A \\*bold\\* \\[claim\\]');
  });

  test('JSON is the draft itself', () => {
    const draft = zeroDraft(hangzhouInput);
    expect(JSON.parse(renderZeroDraft(draft, 'JSON'))).toEqual(JSON.parse(JSON.stringify(draft)));
    expect(renderZeroDraft(draft, 'MARKDOWN')).toBe(renderZeroDraftMarkdown(draft));
  });
});
