import type { Stance } from '../../model/index.js';
import { idSlug } from '../../model/index.js';
import { ActorGazetteer } from './actorGazetteer.js';
import { attributeSentence, speaker, type AttributionContext, type Speaker } from './attributeSentence.js';
import { findCandidateTerms } from './candidateTerms.js';
import { classifyStance, defaultStance, type StanceReading } from './classifyStance.js';
import type { ExtractionCatalog } from './ExtractionCatalog.js';
import { escapeRegExp, normalizeForMatching } from './normalizeForMatching.js';
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
  const answeredBy = questionsAnsweredByElements(catalog);
  const askedBy = questionsAskedByTheirWords(catalog);
  // A question asked by its own words ("a separate rule") is the same matter as its principle.
  const principleAskedAbout = new Map(askedBy.map(({ question, aboutId }) => [question.id, aboutId]));

  const statements: SuggestedStatement[] = [];
  const positions: SuggestedPosition[] = [];
  let agendaItemId = options.defaultAgendaItemId ?? catalog.agendaItems[0]?.id ?? null;
  // The statement(s) being read: one per speaker, several when a coordinated subject speaks
  // ("Mexico, Chile and Colombia supported…"), all over the same sentences.
  let current: { statements: MutableStatement[]; sentences: Sentence[]; agreesWith: readonly SuggestedPosition[] } | null = null;
  // What the statement just closed said in its last sentence: what "Mexico agreed" agrees with.
  let lastSaid: readonly SuggestedPosition[] = [];
  let opened = 0;
  const close = () => {
    if (!current) return;
    const first = current.sentences[0]!;
    const last = current.sentences.at(-1)!;
    let said: SuggestedPosition[] = [];
    for (const [index, open] of current.statements.entries()) {
      const statement = { ...open, end: last.end };
      const found = positionsOf(statement, current.sentences);
      if (!found.some((p) => p.start < first.end)) found.unshift(...agreeing(statement, first, current.agreesWith, found));
      if (found.length > 0 || !fixed) {
        statements.push(statement);
        positions.push(...found);
      }
      if (index === 0) said = found.filter((p) => p.start >= last.start);
    }
    lastSaid = said;
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
    const normSentence = norm.slice(sentence.start, sentence.end);
    const agrees = AGREEMENT.test(normSentence) && targets.find(normSentence).length === 0 && findCandidateTerms(normSentence).length === 0;
    current = { statements: speakers.map((speaker) => statementOf(speaker, sentence)), sentences: [sentence], agreesWith: agrees ? lastSaid : [] };
  };
  const continueWith = (sentence: Sentence) => (current as { sentences: Sentence[] } | null)?.sentences.push(sentence);
  const currentActors = () => (current as { statements: MutableStatement[] } | null)?.statements.map((s) => s.actorId).join(' ') ?? null;

  // A document headed "Statement by the Republic of Ghana" speaks for Ghana wherever no other speaker is named.
  let headedBy: Speaker | null = null;
  for (const sentence of segmentText(text)) {
    const normSentence = norm.slice(sentence.start, sentence.end);
    if (sentence.isHeading) {
      close();
      agendaItemId = agendaItemOf(normSentence, catalog) ?? agendaItemId;
      if (!fixed && statements.length === 0) headedBy = headedBy ?? speakerOfHeading(normSentence, actors);
      continue;
    }
    if (fixed) {
      if (sentence.opensParagraph || !current) open([fixed], sentence);
      else continueWith(sentence);
      continue;
    }
    const attribution = attributeSentence(withoutListMarker(normSentence), context);
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
    } else if (headedBy && (!current || sentence.opensParagraph)) {
      // As with --actor: each paragraph of the document's own voice is one statement.
      open([headedBy], sentence);
    } else if (current) {
      continueWith(sentence);
    }
  }
  close();
  return { statements, positions };

  /**
   * "Mexico agreed.", "This view was shared by Egypt and Algeria.": a speaker who names no target
   * but agrees takes the positions of what was said just before, quoted by the words of agreement.
   */
  function agreeing(statement: SuggestedStatement, sentence: Sentence, previous: readonly SuggestedPosition[], taken: readonly SuggestedPosition[]): SuggestedPosition[] {
    const quote = trimQuote(text, sentence.start, sentence.end);
    const inherited: SuggestedPosition[] = [];
    for (const said of previous) {
      if (said.actorId === statement.actorId || inherited.some((p) => p.targetId === said.targetId && p.targetName === said.targetName)) continue;
      inherited.push({
        ...said,
        id: uniqueId(`${statement.id}.${said.targetId ?? slug(said.targetName)}`, [...taken, ...inherited], said.stance),
        statementId: statement.id,
        actorId: statement.actorId,
        start: quote.start,
        end: quote.end,
        quote: text.slice(quote.start, quote.end),
        // Less sure than either reading it rests on: the speaker's, and the position taken over.
        confidence: round(Math.min(statement.confidence, said.confidence) * 0.8),
        cues: [statement.cue, 'agrees with what was said just before', said.targetName],
      });
    }
    return inherited;
  }

  function positionsOf(statement: SuggestedStatement, sentences: readonly Sentence[]): SuggestedPosition[] {
    const found: SuggestedPosition[] = [];
    const seen = new Set<string>();
    for (const sentence of sentences) {
      const normSentence = norm.slice(sentence.start, sentence.end);
      const answers = nonOverlapping(targets.find(normSentence)).map((m) => {
        const question = answeredBy.get(m.targetId);
        return { mention: question ? { ...m, targetId: question.id, kind: question.kind, name: question.name } : m, question };
      });
      // "the essence of a prohibited intervention lay in coercion": the bare word for the principle
      // beside the element is the question's own wording, not a second position on the principle
      // ("the principle of non-intervention prohibits coercive interference" names it and keeps it).
      const catalogMentions = answers
        .filter(({ mention }) => {
          if (mention.matchedBy !== 'VARIANT') return true;
          const clause = clauseAround(normSentence, mention.start, mention.end);
          return !answers.some(
            (a) => a.question?.aboutIds?.includes(mention.targetId) && a.mention.start >= clause.start && a.mention.start < clause.end,
          );
        })
        .map(({ mention }) => mention);
      for (const { question, aboutId, words } of askedBy) {
        if (!catalogMentions.some((m) => m.targetId === aboutId) || catalogMentions.some((m) => m.targetId === question.id)) continue;
        const word = words.exec(normSentence);
        if (word) catalogMentions.push({ targetId: question.id, kind: question.kind, name: question.name, start: word.index, end: word.index + word[0].length, matchedBy: 'VARIANT' });
      }
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
        // The question about this very target, asked by a word of the limiting clause ("…, but did not consider that it gave rise to a separate rule"), is not a target of its own there.
        const others = mentions.filter((m) => !m.targetId || principleAskedAbout.get(m.targetId) !== mention.targetId);
        const limited = clauseReading?.stance === 'SUPPORTS' || !clauseReading ? limitingClause(normSentence, clause, others) : null;
        const reading = limited?.reading ?? clauseReading ?? classifyStance(normSentence, mention) ?? defaultStance();
        // The quote is the clause when the clause carries the cue (with the limit that follows it), else the whole sentence.
        const span = limited ? { start: clause.start, end: limited.end } : clauseReading ? clause : { start: 0, end: normSentence.length };
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

// A numbered paragraph or list item ("3. Germany and the Netherlands stressed…", "(b) Japan said…",
// "- Egypt referred to…"): the marker is not part of the sentence whose subject is read.
const LIST_MARKER = /^\s*(?:\d{1,3}(?:\.\d{1,3})*[.)]|\(\d{1,3}\)|\(?[a-z]\)|\(?[ivx]{1,5}\)|[-•–])?\s*/u;

/** The sentence without its list marker and leading spaces (Markdown bullets are spaces by now). */
function withoutListMarker(sentence: string): string {
  return sentence.slice(LIST_MARKER.exec(sentence)![0].length);
}

/**
 * Longest mention wins where two overlap ("Convention on Cybercrime of the Council of Europe" over
 * "Council of Europe"); the same words naming two targets ("Article 51") keep both.
 */
function nonOverlapping(mentions: TargetMention[]): TargetMention[] {
  const sorted = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TargetMention[] = [];
  const sameWords = (a: TargetMention, b: TargetMention) => a.start === b.start && a.end === b.end;
  for (const mention of sorted) if (!kept.some((k) => k.start < mention.end && mention.start < k.end && !sameWords(k, mention))) kept.push(mention);
  return kept.sort((a, b) => a.start - b.start);
}

// Besides punctuation and contrast, a second reporting verb opens a new clause: "welcomed the
// report and said that due diligence was voluntary", "…, he said, adding that the Union saw no need
// for a new treaty", "supported capacity-building and opposed unilateral measures" hold two stances
// on two targets (a stance verb after "and" stays in its clause: it is the clause's cue). "…and
// asked whether…" does not cut: a question asked after a remark is mostly about the same thing.
const CLAUSE_BREAK =
  /;|:\s|\s[-–—]\s|,\s+(?:but|while|whereas|although|though|however|yet)\s|\s(?:but|whereas|although)\s|,?\s+and\s+(?:also\s+)?(?:said|stated|added|noted|stressed|emphasi[sz]ed|underlined|argued|maintained|considered|believed|observed|recalled|explained)\s+(?:that\s+)?|,\s+(?:adding|noting|stressing|stating|emphasi[sz]ing|underlining|recalling|arguing|insisting|warning|observing|explaining|pointing\s+out)\s+(?:that\s+)?|,?\s+and\s+(?=(?:also\s+)?(?:supported|opposed|rejected|welcomed|condemned|endorsed|called\s+for|urged|reaffirmed|affirmed|recogni[sz]ed|cautioned|warned|objected|criticised|criticized|proposed)\s)/giu;

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

/**
 * A legal question about an element and the principle it is an element of ("Is coercion a required
 * element of prohibited intervention?", about coercion and non-intervention) is what a statement on
 * that element answers: "coercion is essential" says yes, "coercion is not a necessary element" no,
 * "whether coercion is a requisite element remains unsettled" that it is open. Such mentions are
 * read as positions on the question, as curators code them (seeds/README.md).
 */
function questionsAnsweredByElements(catalog: ExtractionCatalog): Map<string, ExtractionCatalog['targets'][number]> {
  const byId = new Map(catalog.targets.map((t) => [t.id, t]));
  const answered = new Map<string, ExtractionCatalog['targets'][number]>();
  for (const question of catalog.targets) {
    for (const aboutId of question.aboutIds ?? []) {
      const element = byId.get(aboutId);
      if (element?.elementOfId && question.aboutIds!.includes(element.elementOfId) && !answered.has(element.id)) answered.set(element.id, question);
    }
  }
  return answered;
}

/** Words of a question's name that say nothing of what it asks. */
const QUESTION_FILLER = new Set(['as', 'a', 'an', 'the', 'in', 'its', 'own', 'right', 'of', 'for', 'against', 'to', 'and', 'or', 'is', 'be', 'by', 'on', 'with']);

/**
 * A legal question about one principle ("Sovereignty as a rule in its own right", "Due diligence as
 * a binding obligation", "Collective countermeasures") is asked by a sentence that names the
 * principle and a word of the question's name the principle's own names lack ("rule", "binding",
 * "obligation", "collective"): "sovereignty was a rule of international law in its own right". The
 * position on the question is read on the clause of that word, beside the one on the principle.
 */
function questionsAskedByTheirWords(catalog: ExtractionCatalog) {
  const byId = new Map(catalog.targets.map((t) => [t.id, t]));
  const asked = [];
  for (const question of catalog.targets) {
    if (question.aboutIds?.length !== 1) continue;
    const about = byId.get(question.aboutIds[0]!);
    if (!about) continue;
    const aboutWords = new Set([about.name, ...about.aliases].flatMap((n) => n.toLowerCase().split(/[^\p{L}-]+/u)));
    const words = question.name
      .toLowerCase()
      .split(/[^\p{L}-]+/u)
      .filter((w) => w.length > 2 && !QUESTION_FILLER.has(w) && !aboutWords.has(w));
    if (words.length === 0) continue;
    const pattern = new RegExp(`(?<![\\p{L}])(?:${words.map((w) => escapeRegExp(w).replace(/-/g, '[-\\s]')).join('|')})(?![\\p{L}])`, 'iu');
    asked.push({ question, aboutId: about.id, words: pattern });
  }
  return asked;
}

/**
 * "It regarded sovereignty as a foundational principle, but did not consider that it gave rise to a
 * separate rule": a clause that accepts a target (or names it without a cue), followed by a
 * contrasting clause that objects or qualifies and names no target of its own, accepts the target
 * within a limit. Read as QUALIFIES, quoted with the limit; null when the sentence goes on otherwise.
 */
function limitingClause(sentence: string, clause: { start: number; end: number }, mentions: readonly { start: number }[]): { reading: StanceReading; end: number } | null {
  const turn = /^,?\s+(?:but|however|although|though|yet|whereas)\s+/iu.exec(sentence.slice(clause.end));
  if (!turn) return null;
  const next = clauseAround(sentence, clause.end + turn[0].length, clause.end + turn[0].length + 1);
  if (mentions.some((m) => m.start >= next.start && m.start < next.end)) return null;
  const limit = classifyStance(sentence.slice(next.start, next.end));
  if (!limit || (limit.stance !== 'OPPOSES' && limit.stance !== 'QUALIFIES')) return null;
  return { reading: { ...limit, stance: 'QUALIFIES', weight: 0.8, cues: [turn[0].trim(), ...limit.cues] }, end: next.end };
}

// "Statement by the Delegation of the Islamic Republic of Pakistan", "Intervention of Brazil",
// "Joint statement delivered by Chile on behalf of…", "Position paper of the Government of Ghana".
const STATEMENT_HEADING =
  /^\s*(?:#+\s*)?(?:(?:joint|national|oral|written|closing|opening|general)\s+)?(?:statement|intervention|remarks|position\s+paper|national\s+position|submission|comments|explanation\s+of\s+(?:vote|position))\s+(?:(?:delivered|made|presented|submitted|read)\s+)?(?:by|of|from)\s+(?:the\s+)?(?:(?:delegation|government|permanent\s+mission|mission|republic|kingdom)\s+of\s+)?(?:the\s+)?$/iu;

/** The actor a heading says the document is the statement of, or null. */
function speakerOfHeading(heading: string, actors: ActorGazetteer): Speaker | null {
  const mention = actors.find(heading).find((m) => STATEMENT_HEADING.test(heading.slice(0, m.start)));
  return mention ? speaker(mention, 'DELEGATE', null, null, 0.85, heading.slice(0, mention.end).trim()).speaker : null;
}

/**
 * Words by which a speaker adopts what was just said without restating it: "Mexico agreed",
 * "Egypt concurred", "This view was shared by…", "Support was expressed by…", "associated itself
 * with that statement". Read only when the sentence names no target of its own; "agreed to host
 * the next meeting" agrees to do something, not with anyone.
 */
const AGREEMENT =
  /(?<![\p{L}])(?:(?:agreed|agrees)(?!\s+(?:to|on|upon)\b)|concurred|concurs|echoed|seconded|shared\s+(?:that|this|the|those|these)\s+views?|associated\s+(?:itself|themselves|himself|herself)\s+with|(?:support|agreement)\s+(?:was|were)\s+expressed|(?:was|were)\s+(?:shared|echoed|supported|endorsed|seconded)\s+by|(?:supported|endorsed|welcomed)\s+(?:that|this|the|those|these)\s+(?:view|views|proposal|proposals|suggestion|position|approach))(?![\p{L}])/iu;

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
