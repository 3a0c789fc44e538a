/** A legal term found in a statement that no catalog target matched: a candidate for review. */
export interface CandidateTerm {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Terms of art of international law in cyberspace that reports use and a young catalog may lack.
 * They are suggested as candidate targets (targetName, target null) for a curator to add to the
 * catalog or map to an existing entry; nothing is added to the catalog by the extractor.
 */
const TERMS = [
  'due diligence', 'countermeasures', 'state responsibility', 'attribution', 'armed attack', 'use of force',
  'self-defence', 'self-defense', 'sovereignty', 'non-intervention', 'non-interference', 'international humanitarian law',
  'international human rights law', 'human rights', 'freedom of expression', 'right to privacy', 'privacy',
  'critical infrastructure', 'critical information infrastructure', 'confidence-building measures', 'capacity-building',
  'capacity building', 'norms of responsible state behaviour', 'responsible state behaviour', 'peaceful settlement of disputes',
  'legally binding instrument', 'binding instrument', 'programme of action', 'international cooperation', 'necessity',
  'precaution', 'precautions', 'distinction', 'proportionality', 'neutrality', 'retorsion', 'data sovereignty',
  'data localization', 'data localisation', 'cross-border data flows', 'extraterritorial jurisdiction', 'mutual legal assistance',
  'extradition', 'cybercrime convention', 'customary international law', 'opinio juris', 'state practice', 'jus cogens',
  'ransomware', 'supply chain security', 'humanitarian principles',
];

const TERM_PATTERN = new RegExp(
  `(?<![\\p{L}])(${TERMS.sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[- ]/g, '[-\\s]'))
    .join('|')})(?![\\p{L}])`,
  'giu',
);

// "the principle of X", "the right to X", "the obligation to X": the X (up to four words) is the term.
const PRINCIPLE_OF = /(?<![\p{L}])(?:the\s+)?((?:principles?|doctrine|obligations?|duty|right|prohibition)\s+(?:of|to|against)\s+(?:the\s+)?[a-z][\w-]*(?:\s+(?!(?:in|on|to|as|and|or|for|with|by|that|which|is|was|are|were|be|under|within|at|of)\b)[a-z][\w-]*){0,3})/gu;

// Capitalised instrument names: "the Paris Call for Trust and Security in Cyberspace", "the Convention on X".
const INSTRUMENT = /(?<![\p{L}])((?:[A-Z][\w'-]*\s+(?:(?:of|on|for|and|the|in|to)\s+)*){0,6}(?:Convention|Treaty|Charter|Protocol|Covenant|Declaration|Manual|Call|Programme of Action|Framework|Agreement|Code of Conduct)(?:\s+(?:on|for|of|against)(?:\s+(?:the|and|of|in|to|[A-Z][\w'-]*))+)?|[Rr]esolution\s+\d+\/\d+)/gu;

// Treaties proposed but not yet named: "a universal convention on international information
// security", "a new legally binding instrument", "a new treaty". The adjective is what makes it a
// proposal rather than a reference to an existing instrument.
const PROPOSED_INSTRUMENT =
  /(?<![\p{L}])((?:new|universal|global|comprehensive|dedicated|specific|cyber-specific)\s+(?:(?:international|multilateral|universal|global|legally\s+binding|binding)\s+)*(?:treaty|convention|instrument|legal\s+framework|code\s+of\s+conduct)(?:\s+on\s+(?!the\b)[a-z][\w-]*(?:\s+(?!(?:in|to|as|and|or|for|with|by|that|which|is|was|are|were|be|under|within|at|of)\b)[a-z][\w-]*){0,3})?)/gu;

// A meeting's procedure, not a rule anyone takes a position on: "in exercise of the right of reply".
const PROCEDURE = /^(?:right\s+(?:of|to)\s+(?:reply|speak|the\s+floor)|rules?\s+of\s+procedure)\b/i;

/** Candidate terms in a normalised sentence, left to right, without overlaps. */
export function findCandidateTerms(text: string): CandidateTerm[] {
  const found: CandidateTerm[] = [];
  for (const pattern of [INSTRUMENT, PROPOSED_INSTRUMENT, PRINCIPLE_OF, TERM_PATTERN]) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1]!.replace(/\s+(?:the|of|on|for|and|in|to)$/i, '').trim();
      if (PROCEDURE.test(name)) continue;
      if (name.split(/\s+/).length === 1 && pattern === INSTRUMENT && !/^[Rr]esolution/.test(name)) continue;
      const start = match.index + match[0].indexOf(name);
      const candidate = { name, start, end: start + name.length };
      if (!found.some((other) => other.start < candidate.end && candidate.start < other.end)) found.push(candidate);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
