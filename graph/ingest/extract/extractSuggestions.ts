import type { Stance } from '../../model/index.js';
import { idSlug } from '../../model/index.js';
import { ActorGazetteer } from './actorGazetteer.js';
import { attributeSentence, type AttributionContext, type Speaker } from './attributeSentence.js';
import { findCandidateTerms } from './candidateTerms.js';
import { classifyStance, defaultStance } from './classifyStance.js';
import type { ExtractionCatalog } from './ExtractionCatalog.js';
import { normalizeForMatching } from './normalizeForMatching.js';
import { segmentText, type Sentence } from './segmentText.js';
import type { Extraction, SuggestedPosition, SuggestedStatement } from './Suggestion.js';
import { TargetGazetteer, keyOf, type TargetMention } from './targetGazetteer.js';

export interface ExtractOptions {
  readonly text: string;
  readonly catalog: ExtractionCatalog;
  /** Ids of suggestions are prefixed with it. */
  readonly documentId: string;
  /**
   * The actor the whole document speaks for (a national statement or position paper): every
   * paragraph is its statement, "we believe" is its view. Without it, speakers are read from
   * reported speech.
   */
  readonly actorId?: string | null;
  /** Agenda item for statements before any recognised heading. */
  readonly defaultAgendaItemId?: string | null;
}

/** How much a target match adds to confidence, by how it matched. */
const MATCH_WEIGHT = { NAME: 1, ALIAS: 0.97, VARIANT: 0.9, CANDIDATE: 0.7 } as const;

/**
 * Suggests statements and positions for one document, blind to any annotation: sentences and
 * paragraphs from wink-nlp, speakers from reported speech (attributeSentence) or the actor given,
 * targets from the catalog (and candidate terms it lacks), stances from the cue lexicon.
 */
export function extractSuggestions(options: ExtractOptions): Extraction {
  const { text, catalog, documentId } = options;
  const norm = normalizeForMatching(text);
  const actors = new ActorGazetteer(catalog);
  const targets = new TargetGazetteer(catalog.targets);
  const chairActor = catalog.chairActorId ? catalog.actors.find((a) => a.id === catalog.chairActorId) : null;
  const context: AttributionContext = {
    actors,
    persons: catalog.persons,
    chair: chairActor ? { actorId: chairActor.id, kind: chairActor.kind, name: chairActor.name } : null,
  };
  const fixed = options.actorId ? fixedSpeaker(options.actorId, actors) : null;

  const statements: SuggestedStatement[] = [];
  const positions: SuggestedPosition[] = [];
  let agendaItemId = options.defaultAgendaItemId ?? catalog.agendaItems[0]?.id ?? null;
  // The statement(s) being read: one per speaker, several when a coordinated subject speaks
  // ("Mexico, Chile and Colombia supported…"), all over the same sentences.
  let current: { statements: MutableStatement[]; sentences: Sentence[] } | null = null;
  let opened = 0;
  const close = () => {
    if (!current) return;
    const last = current.sentences.at(-1)!;
    for (const open of current.statements) {
      const statement = { ...open, end: last.end };
      const found = positionsOf(statement, current.sentences);
      if (found.length > 0 || !fixed) {
        statements.push(statement);
        positions.push(...found);
      }
    }
    current = null;
  };
  const statementOf = (speaker: Speaker, sentence: Sentence): MutableStatement => ({
    id: `${documentId}.s${++opened}.${speaker.actorId.toLowerCase()}`,
    actorId: speaker.actorId,
    actorKind: speaker.actorKind,
    actorName: speaker.actorName,
    actorInCatalog: speaker.inCatalog,
    speakerId: speaker.speakerId,
    speakerRole: speaker.role,
    deliveredBy: speaker.deliveredBy,
    agendaItemId,
    start: sentence.start,
    end: sentence.end,
    confidence: speaker.confidence,
    cue: speaker.cue,
  });
  const open = (speakers: readonly Speaker[], sentence: Sentence) => {
    close();
    current = { statements: speakers.map((speaker) => statementOf(speaker, sentence)), sentences: [sentence] };
  };
  const continueWith = (sentence: Sentence) => (current as { sentences: Sentence[] } | null)?.sentences.push(sentence);
  const currentActors = () => (current as { statements: MutableStatement[] } | null)?.statements.map((s) => s.actorId).join(' ') ?? null;

  for (const sentence of segmentText(text)) {
    const normSentence = norm.slice(sentence.start, sentence.end);
    if (sentence.isHeading) {
      close();
      agendaItemId = agendaItemOf(normSentence, catalog) ?? agendaItemId;
      continue;
    }
    if (fixed) {
      if (sentence.opensParagraph || !current) open([fixed], sentence);
      else continueWith(sentence);
      continue;
    }
    const attribution = attributeSentence(normSentence, context);
    if (attribution?.kind === 'SPEAKER') {
      // The cue was read on the normalised copy: report the words as the document writes them.
      const asWritten = (speaker: Speaker): Speaker => {
        const at = normSentence.indexOf(speaker.cue);
        return at < 0 ? speaker : { ...speaker, cue: text.slice(sentence.start + at, sentence.start + at + speaker.cue.length) };
      };
      const speakers = [attribution.speaker, ...(attribution.also ?? [])].map(asWritten);
      const same = currentActors() === speakers.map((s) => s.actorId).join(' ') && !sentence.opensParagraph;
      if (same) continueWith(sentence);
      else open(speakers, sentence);
    } else if (attribution?.kind === 'RESET') {
      close();
    } else if (current) {
      continueWith(sentence);
    }
  }
  close();
  return { statements, positions };

  function positionsOf(statement: SuggestedStatement, sentences: readonly Sentence[]): SuggestedPosition[] {
    const found: SuggestedPosition[] = [];
    const seen = new Set<string>();
    for (const sentence of sentences) {
      const normSentence = norm.slice(sentence.start, sentence.end);
      const catalogMentions = nonOverlapping(targets.find(normSentence));
      const candidates = findCandidateTerms(normSentence).filter(
        (c) => !catalogMentions.some((m) => m.start < c.end && c.start < m.end) && !targets.find(c.name).length,
      );
      const mentions: Mention[] = [
        ...catalogMentions.map((m) => ({ ...m, weight: MATCH_WEIGHT[m.matchedBy] })),
        ...candidates.map((c) => ({ targetId: null, kind: null, name: c.name, start: c.start, end: c.end, matchedBy: 'CANDIDATE' as const, weight: MATCH_WEIGHT.CANDIDATE })),
      ];
      for (const mention of mentions) {
        const clause = clauseAround(normSentence, mention.start, mention.end);
        const clauseReading = classifyStance(normSentence.slice(clause.start, clause.end), { start: mention.start - clause.start, end: mention.end - clause.start });
        const reading = clauseReading ?? classifyStance(normSentence, mention) ?? defaultStance();
        // The quote is the clause when the clause carries the cue, else the whole sentence.
        const span = clauseReading ? clause : { start: 0, end: normSentence.length };
        const quote = trimQuote(text, sentence.start + span.start, sentence.start + span.end);
        const key = `${mention.targetId ?? keyOf(mention.name)}|${reading.stance}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const targetKey = mention.targetId ?? slug(mention.name);
        found.push({
          id: uniqueId(`${statement.id}.${targetKey}`, found, reading.stance),
          statementId: statement.id,
          actorId: statement.actorId,
          targetId: mention.targetId,
          targetKind: mention.kind,
          targetName: mention.targetId ? mention.name : mention.name,
          stance: reading.stance,
          start: quote.start,
          end: quote.end,
          quote: text.slice(quote.start, quote.end),
          confidence: round(statement.confidence * mention.weight * reading.weight),
          cues: [statement.cue, text.slice(sentence.start + mention.start, sentence.start + mention.end), ...reading.cues],
        });
      }
    }
    return found;
  }
}

type MutableStatement = SuggestedStatement;
type Mention = Omit<TargetMention, 'targetId' | 'kind' | 'matchedBy'> & {
  targetId: string | null;
  kind: TargetMention['kind'] | null;
  matchedBy: TargetMention['matchedBy'] | 'CANDIDATE';
  weight: number;
};

function fixedSpeaker(actorId: string, actors: ActorGazetteer): Speaker {
  const known = actors.describe(actorId);
  return {
    actorId,
    actorKind: known?.kind ?? 'STATE',
    actorName: known?.name ?? actorId,
    inCatalog: known?.inCatalog ?? false,
    role: 'DELEGATE',
    speakerId: null,
    deliveredBy: null,
    confidence: 0.95,
    cue: `--actor ${actorId}`,
  };
}

/** Longest mention wins where two overlap ("Convention on Cybercrime of the Council of Europe" over "Council of Europe"). */
function nonOverlapping(mentions: TargetMention[]): TargetMention[] {
  const sorted = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TargetMention[] = [];
  for (const mention of sorted) if (!kept.some((k) => k.start < mention.end && mention.start < k.end)) kept.push(mention);
  return kept.sort((a, b) => a.start - b.start);
}

// Besides punctuation and contrast, a second reporting verb opens a new clause: "welcomed the
// report and said that due diligence was voluntary" holds two stances on two targets.
const CLAUSE_BREAK =
  /;|:\s|\s[-–—]\s|,\s+(?:but|while|whereas|although|though|however|yet)\s|\s(?:but|whereas|although)\s|,?\s+and\s+(?:also\s+)?(?:said|stated|added|noted|stressed|emphasi[sz]ed|underlined|argued|maintained|considered|believed|observed|recalled|explained)\s+(?:that\s+)?/giu;

/** The clause of a sentence holding [start, end): cut at semicolons, dashes and contrastive conjunctions. */
function clauseAround(sentence: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  let to = sentence.length;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    const breakEnd = match.index + match[0].length;
    if (breakEnd <= start) from = breakEnd;
    else if (match.index >= end) {
      to = match.index;
      break;
    }
  }
  return { start: from, end: to };
}

/** A quote without the spaces, commas and final full stop around it: the fewest characters that carry it. */
function trimQuote(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s,;:]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:.]/.test(text[end - 1]!)) end--;
  return { start, end };
}

function agendaItemOf(heading: string, catalog: ExtractionCatalog): string | null {
  const key = keyOf(heading.replace(/^[\s\dIVXivx.):-]+/, ''));
  if (key.length < 6) return null;
  for (const item of catalog.agendaItems) {
    const title = keyOf(item.title);
    if (title.length >= 6 && (key.includes(title) || title.includes(key))) return item.id;
  }
  return null;
}

function uniqueId(base: string, taken: readonly SuggestedPosition[], stance: Stance): string {
  if (!taken.some((p) => p.id === base)) return base;
  const withStance = `${base}.${stance.toLowerCase()}`;
  if (!taken.some((p) => p.id === withStance)) return withStance;
  let n = 2;
  while (taken.some((p) => p.id === `${withStance}-${n}`)) n++;
  return `${withStance}-${n}`;
}

/** A name as an id part (graph/model/idSlug.ts); 'term' when nothing is left. */
export function slug(name: string): string {
  return idSlug(name, 'term');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
