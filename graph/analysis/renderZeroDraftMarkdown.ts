import type { Citation } from './citationOf.js';
import type { DraftSide, DraftVoice, ZeroDraft } from './zeroDraftModel.js';

/**
 * The zero draft as CommonMark (https://spec.commonmark.org/0.31.2/). Quotes and names are escaped
 * (backslash escapes, §2.4) so that a report's own `*emphasis*` shows as the asterisks it contains
 * and every quote reads as the JSON form holds it (a line break inside a quote shows as one space).
 */
export function renderZeroDraftMarkdown(draft: ZeroDraft): string {
  const lines: string[] = [`# ${escape(draft.title)}`, ''];
  lines.push(
    draft.meetings.length === 0
      ? 'Draws on: no meeting in scope.'
      : `Draws on: ${draft.meetings.map((m) => `${escape(m.name)} (${escape(m.place)}, ${m.startsOn} to ${m.endsOn}; \`${m.id}\`)`).join('; ')}.`,
    '',
    `Source tiers: ${draft.tiers.length === 0 ? 'none' : draft.tiers.join(', ')}.${sourceScopeOf(draft)}`,
    `Positions drawn on: ${draft.basis.positions} (${draft.basis.curated} curated${draft.basis.imported > 0 ? `, ${draft.basis.imported} imported from research datasets` : ''}${draft.basis.includesExtracted ? `, ${draft.basis.extracted} extracted by software and not yet reviewed` : '; unreviewed extracted positions left out'}).`,
    '',
    `> Generated from the positions graph. Each candidate principle is supported by at least ${draft.minSupporters} participating State(s) and opposed or contested by none in scope; every State listed under it holds a SUPPORTS position on it. A State that accepts a principle only on stated conditions is named in a bracketed drafting note with its words. Every quote is verbatim from the cited document; offsets count Unicode code points, end exclusive.`,
    '',
    '## Candidate principles',
    '',
  );

  if (draft.principles.length === 0) lines.push('None in scope: no target has enough support without objection or contestation.', '');
  for (const principle of draft.principles) {
    lines.push(`${principle.number}. ${escape(principle.text)}`, '');
    lines.push(`   Supported by: ${principle.supporters.map(nameOf).join(', ')}.`, '');
    if (principle.tier === 'AGREED_WITH_RESERVATIONS') {
      lines.push(`   Agreed with reservations: accepted on stated conditions by ${principle.reservations.map(nameOf).join(', ')}.`, '');
    }
    for (const voice of principle.supporters) lines.push(...quotesOf(voice, '   ', principle.targetId));
    lines.push('');
    for (const voice of principle.reservations) {
      for (const citation of voice.citations) lines.push(`   \\[Drafting note: ${nameOf(voice)} accepts with a reservation: ${cite(citation)}\\]`, '');
    }
    if (principle.queriedBy.length > 0) {
      lines.push(`   Asked about it, without taking a stance: ${principle.queriedBy.map(nameOf).join(', ')}.`, '');
      for (const voice of principle.queriedBy) lines.push(...quotesOf(voice, '   ', principle.targetId));
      lines.push('');
    }
  }

  lines.push('## Points of divergence', '');
  if (draft.divergences.length === 0) lines.push('None in scope.', '');
  for (const divergence of draft.divergences) {
    lines.push(`### ${escape(divergence.targetName)} (\`${divergence.targetId}\`)`, '');
    for (const side of divergence.sides) {
      lines.push(`- ${sideLabel(side)}: ${side.voices.map(nameOf).join(', ')}`);
      for (const voice of side.voices) lines.push(...quotesOf(voice, '  ', divergence.targetId));
    }
    lines.push('');
  }

  lines.push('## Open questions', '');
  if (draft.openQuestions.length === 0) lines.push('None in scope.', '');
  for (const question of draft.openQuestions) {
    lines.push(`- ${escape(question.actorName)} (${question.actorId}) asked about ${escape(question.targetName)} (\`${question.targetId}\`): ${cite(question.citation)}${question.moreCitations > 0 ? `; and ${question.moreCitations} more question(s) on it` : ''}`);
  }
  if (draft.openQuestions.length > 0) lines.push('');

  return lines.join('\n');
}

// Private:

const SIDE_LABELS = { SUPPORTS: 'Supports', OPPOSES: 'Opposes', QUALIFIES: 'Qualifies', QUERIES: 'Queries' } as const;

function sideLabel(side: DraftSide): string {
  if (side.reservation === 'CONTESTATION') return 'Contests (holds it unsettled)';
  if (side.reservation === 'CONDITIONAL_ACCEPTANCE') return 'Accepts with a reservation (in neither camp)';
  return SIDE_LABELS[side.stance];
}

function nameOf(voice: DraftVoice): string {
  return `${escape(voice.actorName)} (${voice.actorId})`;
}

/** A voice's quotes, one line each, then a line counting the rest and saying where they are. */
function quotesOf(voice: DraftVoice, indent: string, targetId: string): string[] {
  const lines = voice.citations.map((citation) => `${indent}- ${nameOf(voice)}: ${cite(citation)}`);
  if (voice.moreCitations > 0) {
    lines.push(`${indent}- ${nameOf(voice)}: ${voice.moreCitations} more position(s) to the same effect (all of them: \`consensus(targetId: "${targetId}")\`)`);
  }
  return lines;
}

function cite(citation: Citation): string {
  if (!citation.located) {
    // Imported evidence whose source is not in the graph: say so, and never show an empty quote as one.
    const words = citation.quote === '' ? 'no quote in the dataset' : `“${escape(citation.quote)}” as the dataset quotes it`;
    const source = [citation.sourceCitation, citation.sourceUrl].filter((part) => part !== null).map((part) => escape(part!)).join(', ');
    return `${words} (unlocated${source ? `; source: ${source}` : ''}) — *${escape(citation.documentTitle)}* (\`${citation.documentId}\`, ${citation.tier}), characters ${citation.start}–${citation.end} (position \`${citation.positionId}\`)`;
  }
  return `“${escape(citation.quote)}” — *${escape(citation.documentTitle)}* (\`${citation.documentId}\`), ${escape(citation.agendaItemLabel)}, characters ${citation.start}–${citation.end} (position \`${citation.positionId}\`)`;
}

/** Backslash-escapes the ASCII punctuation CommonMark could read as markup, and folds line breaks. */
function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');
}

/** What the scope admitted as sources, when it narrowed them (empty otherwise, so an unscoped draft reads as before). */
function sourceScopeOf(draft: ZeroDraft): string {
  const { sourceTiers, sourceDocumentIds } = draft.scope;
  const parts = [
    ...(sourceTiers ? [`from sources of tier ${sourceTiers.join(' or ')}`] : []),
    ...(sourceDocumentIds ? [`recorded in ${sourceDocumentIds.map((id) => `\`${id}\``).join(', ')}`] : []),
  ];
  return parts.length === 0 ? '' : ` The scope admits only positions ${parts.join(', and ')}.`;
}
