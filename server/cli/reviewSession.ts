import { expand, input, search, select } from '@inquirer/prompts';
import { styleText } from 'node:util';
import { STANCES, type Stance } from '../../graph/model/index.js';
import { loadSeeds } from '../../graph/load/loadSeeds.js';
import { locateSpan } from '../../graph/ingest/draft/anchorSpan.js';
import { decide, pendingSuggestions, type Decision, type PendingSuggestion, type Reviewer } from '../../graph/ingest/review/decide.js';
import { writeReviewFiles, type ReviewDocument, type ReviewFiles } from '../../graph/ingest/review/ReviewFiles.js';

interface Session {
  readonly seedsDir: string;
  readonly document: ReviewDocument;
  readonly files: ReviewFiles;
  readonly reviewer: Reviewer;
  readonly verbatim: (statement: PendingSuggestion['statement'], quote: string) => boolean;
}

/** Characters of context shown either side of a quote. */
const CONTEXT = 240;

/**
 * The interactive review (@inquirer/prompts): one suggestion at a time, the quote in its
 * context with the quote in bold and the cue words underlined, then a one-key choice. Each
 * decision is written before the next question; undo restores the files as they were before the
 * last decision; skipped suggestions stay pending for the next session.
 */
export async function runReviewSession(session: Session): Promise<void> {
  try {
    await reviewLoop(session);
  } catch (error) {
    // Ctrl+C or a closed terminal: every decision so far is already written.
    if ((error as Error).name !== 'ExitPromptError') throw error;
    console.log('Interrupted. Decisions so far are saved; run the same command to resume.');
  }
}

async function reviewLoop(session: Session): Promise<void> {
  const targets = await catalogTargets(session.seedsDir);
  const history: ReviewFiles[] = [];
  const skipped = new Set<string>();
  let files = session.files;
  const total = pendingSuggestions(files).length;
  const apply = async (decision: Decision) => {
    const next = decide(files, decision, session.reviewer, session.verbatim);
    await writeReviewFiles(session.document.folder, next);
    history.push(files);
    files = next;
  };

  for (;;) {
    const pending = pendingSuggestions(files).filter((p) => !skipped.has(p.position.id));
    if (pending.length === 0) {
      console.log(styleText('green', `Nothing left to review in ${session.document.documentId} (${skipped.size} skipped).`));
      return;
    }
    const current = pending[0]!;
    const done = total - pendingSuggestions(files).length;
    console.log('');
    console.log(styleText('bold', `Suggestion ${done + 1} of ${total} (${pending.length} pending, ${skipped.size} skipped)  ${current.position.id}`));
    console.log(render(session.document.text, current));
    const choice = await expand({
      message: `${current.statement.actor} ${styleText('bold', current.position.stance)} ${current.position.target}  (confidence ${current.position.confidence.toFixed(2)})`,
      default: 'a',
      expanded: true,
      choices: [
        { key: 'a', name: 'Accept', value: 'accept' },
        { key: 's', name: 'Change stance, then accept', value: 'stance' },
        { key: 't', name: 'Change target, then accept', value: 'target' },
        { key: 'q', name: 'Narrow or widen the quote, then accept', value: 'quote' },
        { key: 'r', name: 'Reject', value: 'reject' },
        { key: 'm', name: 'Add a position the extractor missed (same statement)', value: 'add' },
        { key: 'k', name: 'Skip for now', value: 'skip' },
        { key: 'u', name: 'Undo the last decision', value: 'undo' },
        { key: 'x', name: 'Quit (resume later where you left off)', value: 'quit' },
      ],
    });
    const id = current.position.id;
    switch (choice) {
      case 'accept':
        await apply({ kind: 'ACCEPT', positionId: id });
        break;
      case 'stance':
        await apply({ kind: 'ACCEPT', positionId: id, stance: await askStance(current.position.stance) });
        break;
      case 'target':
        await apply({ kind: 'ACCEPT', positionId: id, target: await askTarget(targets, current.position.target) });
        break;
      case 'quote':
        await apply({ kind: 'ACCEPT', positionId: id, quote: await askQuote(session, current, current.position.quote) });
        break;
      case 'reject':
        await apply({ kind: 'REJECT', positionId: id });
        break;
      case 'add': {
        const target = await askTarget(targets, null);
        const stance = await askStance('SUPPORTS');
        const quote = await askQuote(session, current, '');
        await apply({ kind: 'ADD', statementId: current.statement.id, target, stance, quote });
        break;
      }
      case 'skip':
        skipped.add(id);
        break;
      case 'undo': {
        const previous = history.pop();
        if (!previous) {
          console.log('Nothing to undo.');
          break;
        }
        await writeReviewFiles(session.document.folder, previous);
        files = previous;
        skipped.clear();
        console.log('Undone.');
        break;
      }
      case 'quit':
        console.log(`Saved. ${pendingSuggestions(files).length} suggestion(s) pending; run the same command to resume.`);
        return;
    }
    if (choice !== 'skip' && choice !== 'undo') await loadSeeds({ seedsDir: session.seedsDir }).catch(async (error: unknown) => {
      // A decision that would make the seeds invalid is taken back at once.
      const previous = history.pop()!;
      await writeReviewFiles(session.document.folder, previous);
      files = previous;
      console.log(styleText('red', `Not saved: ${(error as Error).message}`));
    });
  }
}

function render(text: string, { statement, position }: PendingSuggestion): string {
  const span = locateSpan(text, statement.span);
  if (!span) return position.quote;
  let at = -1;
  for (let i = text.indexOf(position.quote, span.start), n = 1; i >= 0 && i < span.end; i = text.indexOf(position.quote, i + 1), n++) {
    if (n === (position.occurrence ?? 1)) {
      at = i;
      break;
    }
  }
  if (at < 0) return position.quote;
  const from = Math.max(span.start, at - CONTEXT);
  const to = Math.min(span.end, at + position.quote.length + CONTEXT);
  const before = text.slice(from, at);
  const after = text.slice(at + position.quote.length, to);
  return `${from > span.start ? '…' : ''}${before}${highlight(position.quote, position.cue)}${after}${to < span.end ? '…' : ''}\n${styleText('dim', `cue: ${position.cue.join(' · ')}`)}`;
}

/** The quote in bold, each cue word in it underlined and yellow. */
function highlight(quote: string, cues: readonly string[]): string {
  const marks: { start: number; end: number }[] = [];
  for (const cue of cues) {
    const at = quote.toLowerCase().indexOf(cue.toLowerCase().trim());
    if (cue.trim() !== '' && at >= 0) marks.push({ start: at, end: at + cue.trim().length });
  }
  marks.sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const mark of marks) {
    if (mark.start < cursor) continue;
    out += styleText('bold', quote.slice(cursor, mark.start)) + styleText(['bold', 'underline', 'yellow'], quote.slice(mark.start, mark.end));
    cursor = mark.end;
  }
  return out + styleText('bold', quote.slice(cursor));
}

function askStance(current: Stance): Promise<Stance> {
  return select({ message: 'Stance', default: current, choices: STANCES.map((stance) => ({ name: stance, value: stance })) });
}

function askTarget(targets: readonly { id: string; name: string }[], current: string | null): Promise<string> {
  return search({
    message: `Target${current ? ` (now ${current})` : ''}: type to complete over the catalog`,
    source: (term) => {
      const words = (term ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      return targets
        .filter((t) => words.every((w) => `${t.id} ${t.name}`.toLowerCase().includes(w)))
        .slice(0, 12)
        .map((t) => ({ name: `${t.name}  (${t.id})`, value: t.id }));
    },
  });
}

function askQuote(session: Session, current: PendingSuggestion, initial: string): Promise<string> {
  return input({
    message: 'Quote (must be verbatim in the statement)',
    default: initial || undefined,
    validate: (value) => (session.verbatim(current.statement, value) ? true : 'Not verbatim in this statement: copy the words exactly from the text above.'),
  });
}

async function catalogTargets(seedsDir: string): Promise<{ id: string; name: string }[]> {
  const bundle = await loadSeeds({ seedsDir });
  return [...bundle.principles, ...bundle.instruments, ...bundle.proposals].map(({ id, name }) => ({ id, name }));
}
