import type { Stance } from '../../model/index.js';

/**
 * The cue lexicon: which words suggest which stance, and how strongly. Documented, with its
 * reasons, in graph/ingest/README.md ("Stance cues"); the stance definitions are those of
 * seeds/README.md. Patterns are matched case-insensitively on whole words of one clause or
 * sentence. `weight` is the confidence the cue lends when it decides the stance.
 */
export interface StanceCue {
  readonly stance: Stance;
  readonly pattern: RegExp;
  readonly weight: number;
  /**
   * A breach word ("violation of", "infringes"): it condemns what commits the breach, but it
   * upholds the rule that is breached. When the target is the rule ("a violation of State
   * sovereignty", "…, the violation of which"), classifyStance reads support instead.
   */
  readonly breach?: true;
}

const cue = (stance: Stance, weight: number, words: string, breach?: true): StanceCue => ({
  stance,
  weight,
  pattern: new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'iu'),
  ...(breach ? { breach } : {}),
});

/** A question asks; it commits the speaker to nothing. */
export const QUERY_CUES: readonly StanceCue[] = [
  cue('QUERIES', 0.95, "(?:asked|inquired|enquired|wondered|questioned|queried|sought to know)\\s+(?:\\w+\\s+){0,3}?(?:whether|how|what|if|why|which|about)"),
  cue('QUERIES', 0.95, '(?:sought|requested|asked for|called for|requested a|needs?|wanted)\\s+(?:\\w+\\s+){0,2}?(?:clarifications?|explanations?|elaboration|a definition|definitions?)'),
  cue('QUERIES', 0.9, 'raised the (?:question|issue) (?:as to )?(?:whether|of how|how)|it (?:was|is) unclear whether|remains to be seen whether'),
  cue('QUERIES', 0.8, '(?:the )?question (?:of|as to) (?:whether|how)'),
  cue('QUERIES', 0.85, 'was requested greater explanation|requested greater explanation|clarification (?:was|were) (?:sought|requested)'),
];

/** Rejection, criticism, calling something a violation. */
export const OPPOSE_CUES: readonly StanceCue[] = [
  cue('OPPOSES', 0.95, '(?:strongly |firmly )?(?:opposes?|opposed|rejects?|rejected|condemns?|condemned|objects? to|objected to|disagrees? with|disagreed with)'),
  cue('OPPOSES', 0.95, '(?:does|do|did|could|can|would) not (?:accept|support|agree|endorse|recogni[sz]e)|cannot (?:accept|support|agree|endorse)|unacceptable|not acceptable'),
  cue('OPPOSES', 0.9, '(?:gross |flagrant |clear )?violations? of|violates?|violated|violating|infring(?:es?|ed|ement|ing)(?: (?:up)?on)?|contrary to|in breach of|breach(?:es)? of|breaching', true),
  cue('OPPOSES', 0.9, 'illegal|unlawful|illegitimate'),
  // Denying that something is needed or binding: "we do not consider that a new treaty is needed",
  // "a voluntary norm rather than a binding obligation", "there is no legal basis for".
  cue('OPPOSES', 0.85, "(?:do|does|did) not (?:consider|believe|think|find|see) that|(?:do|does|did) not see (?:the |any |a )?(?:need|necessity|added value)|(?:is|are|was|were) not (?:a |an )?(?:legally )?binding|rather than (?:a |an )?(?:legally )?binding|not (?:needed|necessary|required|warranted)|no (?:legal )?basis for|unnecessary|not ripe"),
  // A negated passive ("self-defence could not be invoked", "…cannot be equated with armed attacks"),
  // a denial of a status ("did not consider coercion to be a necessary element"), and the warning
  // that applying a body of law would legitimise conflict ("risked legitimizing wars in cyberspace").
  cue('OPPOSES', 0.85, '(?:(?:could|can|should|must|would) not|cannot) be (?:invoked|equated|relied (?:up)?on|extended|transposed|applied|used)|(?:do|does|did) not (?:consider|regard|view|deem) (?:\\S+ ){1,4}?(?:to be|as)|risk(?:s|ed|ing)? legitimi[sz]ing|(?:would|could) legitimi[sz]e'),
  cue('OPPOSES', 0.85, 'criticis(?:es|ed|m)|criticiz(?:es|ed)|limitations of|shortcomings of|flaws? (?:of|in)|have impaired|impairs?|undermines?|undermined|threatens?|no need for|should not be (?:used|applied|imposed)|against the'),
];

/** Acceptance with conditions, doubt, calling it unsettled, premature or in need of study. */
export const QUALIFY_CUES: readonly StanceCue[] = [
  cue('QUALIFIES', 0.95, 'not yet (?:a |an )?(?:binding|settled|established|clear|crystalli[sz]ed|ripe|customary)|is not yet|remains? unsettled|unsettled|remains? unclear|not (?:entirely |sufficiently |fully )?clear|premature'),
  cue('QUALIFIES', 0.9, 'case[- ]by[- ]case|further (?:study|studies|consideration|examination|discussions?|deliberations?|clarification|elaboration|work)|needs? to be (?:studied|clarified|examined|further)|should be (?:further )?(?:studied|considered|examined|clarified)|subject to|provided that|on condition that|only (?:if|when|where)|to the extent that'),
  cue('QUALIFIES', 0.85, 'vague(?:ness)?|ambiguous|ambiguity|lack of (?:consensus|clarity|agreement|common understanding)|no consensus|divergent views|differ(?:ent|ing) (?:views|interpretations)|not necessarily|albeit|partially|with caution|cautious(?:ly)?|careful(?:ly)?|reservations?|gaps? in|should not be misunderstood|not be (?:interpreted|understood) as|without prejudice'),
  // An open question is a qualification, not a query: the speaker says it is unsettled ("regarded it
  // as an open question whether…", "not yet persuaded, either way").
  cue('QUALIFIES', 0.9, 'open question|remains? open|an open issue|unresolved|not (?:yet )?persuaded|not settled'),
  // "however" turns a sentence ("However, …", "…, however, …"), not a degree ("however unwelcome").
  cue('QUALIFIES', 0.75, 'however(?=\\s*,)|nevertheless|although|while recogni[sz]ing|evolving|in its infancy|difficult to (?:determine|apply|define)|challenges? (?:pertaining|relating|related) to|need(?:s|ed)? to find common ground'),
];

/** Endorsement, affirmation that it applies, following it. */
export const SUPPORT_CUES: readonly StanceCue[] = [
  cue('SUPPORTS', 0.95, '(?:fully |strongly |firmly )?(?:supports?|supported|endorses?|endorsed|reaffirms?|reaffirmed|affirms?|affirmed|upholds?|upheld|welcomes?|welcomed|is committed to|are committed to|remains committed to|in favou?r of|champions?|adheres? to|complies with)'),
  cue('SUPPORTS', 0.95, '(?:applies|apply|applied|is applicable|are applicable|applicability of|fully applicable|applicable)|(?:is|are|was|were|remains?) (?:a |an |the )?(?:crucial|essential|fundamental|key|cornerstone|binding|core|important|useful|valuable|significant|vital)'),
  cue('SUPPORTS', 0.9, '(?:is|are|was|were|remains?|constitutes?) (?:a |an |the )?(?:(?:primary|binding|customary|stand-?alone|legal|general|fundamental|established|well-established) )*(?:rules?|obligations?|norms?|principles?) of (?:customary )?international law'),
  // What makes a thing what it is ("the essence of a prohibited intervention lay in coercion",
  // "coercion is the decisive element") and accepting it ("which it fully accepted").
  cue('SUPPORTS', 0.9, 'essence of|decisive|indispensable|sine qua non|constitutive|accepts?|accepted'),
  cue('SUPPORTS', 0.9, 'recogni[sz](?:es|ed|e)|importance of|important|essential|crucial|fundamental|cornerstone|must (?:be )?respect(?:ed)?|should (?:be )?(?:follow(?:ed)?|respect(?:ed)?|uphold|upheld|observe[d]?)|all States should|useful|valuable|appreciat(?:es|ed|e)|values|highly values|commend(?:s|ed)?|calls? for|called for|urges?|urged|encourages?|encouraged|promotes?|promoted|agrees? (?:with|that)|agreed'),
  cue('SUPPORTS', 0.75, 'emphasi[sz](?:es|ed|e)|stress(?:es|ed)|underlin(?:es|ed)|underscor(?:es|ed)|highlight(?:s|ed)|need (?:for|to)|necessary|(?:is|are) (?:urgently |clearly )?needed|should|must|advocat(?:es|ed)|favou?rs?'),
];

/** Negators flip a support cue they govern to opposition ("does not support" is already an oppose cue). */
// "not merely", "not only", "not just", "not least" add to what follows rather than deny it.
export const NEGATION = /(?<![\p{L}])(?:not(?!\s+(?:merely|only|simply|just|least)\b)|no|never|neither|nor|cannot|can't|don't|doesn't|didn't|without|hardly|n't)(?![\p{L}])/iu;

/** Words that soften a support into a qualification when they govern it ("could perhaps apply"). */
export const HEDGES = /(?<![\p{L}])(?:may|might|could|perhaps|possibly|arguably|in principle|to some extent|in some cases|some of|in certain circumstances)(?![\p{L}])/iu;

/** "not yet" is a qualification, not a rejection: checked before NEGATION flips a support cue. */
export const NOT_YET = /(?<![\p{L}])not\s+yet(?![\p{L}])/iu;
