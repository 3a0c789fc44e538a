/**
 * Verbs by which a report attributes words or views to a speaker ("said", "noted", "was of the
 * view"), and by which a State states its own view ("considers", "believes"). Used to confirm that
 * an actor named at the start of a sentence is its speaker, not its topic.
 */
export const REPORTING_VERB = new RegExp(
  [
    'said', 'says', 'stated', 'states', 'noted', 'notes', 'emphasi[sz]ed', 'emphasi[sz]es', 'stressed', 'stresses',
    'underlined', 'underlines', 'underscored', 'highlighted', 'highlights', 'pointed out', 'points out', 'observed',
    'added', 'recalled', 'reiterated', 'reaffirmed', 'reaffirms', 'expressed', 'welcomed', 'welcomes', 'thanked',
    'congratulated', 'appreciated', 'urged', 'urges', 'called', 'calls', 'asked', 'inquired', 'enquired', 'questioned',
    'requested', 'sought', 'suggested', 'proposed', 'proposes', 'argued', 'believed', 'believes', 'considers',
    'considered', 'maintained', 'maintains', 'held', 'holds', 'affirmed', 'affirms', 'supported', 'supports',
    'opposed', 'opposes', 'rejected', 'rejects', 'agreed', 'agrees', 'explained', 'informed', 'shared', 'remarked',
    'acknowledged', 'recogni[sz]ed', 'recogni[sz]es', 'declared', 'announced', 'indicated', 'mentioned', 'elaborated',
    'presented', 'deliberated', 'furnished', 'opined', 'raised', 'cautioned', 'warned', 'regretted', 'condemned',
    'voiced', 'echoed', 'concurred', 'insisted', 'contended', 'described', 'outlined', 'spoke', 'introduced',
    'concluded', 'reported', 'commended', 'encouraged', 'views', 'viewed', 'is of the view', 'was of the view',
    'took the view', 'takes the view', 'is convinced', 'remains convinced', 'is committed', 'reiterates', 'notes',
    // Coverage and summaries vary the verb: "Egypt referred to…", "Brazil regarded it as…", "the United
    // Kingdom did not share that view", "Russia's delegate took a different line", "France went further,
    // stating that…" (a participle after the subject's clause).
    'referred', 'refers', 'regarded', 'regards', 'asserted', 'asserts', 'countered', 'responded', 'replied',
    'clarified', 'confirmed', 'characteri[sz]ed', 'favou?red', 'attached', 'cited', 'invoked', 'went further',
    'took (?:a|the|an) (?:\\w+ )?(?:line|view|position|stance|approach)', 'share[sd]?', 'accepted', 'accepts',
    'stating', 'saying', 'noting', 'arguing', 'adding', 'stressing', 'emphasi[sz]ing', 'underlining', 'recalling',
    'insisting', 'warning', 'expressing', 'affirming', 'reaffirming', 'recogni[sz]ing', 'pointing out',
  ]
    .map((verb) => verb.replace(/ /g, '\\s+'))
    .join('|')
    .replace(/^/, '(?<![\\p{L}])(?:')
    .concat(')(?![\\p{L}])'),
  'iu',
);
