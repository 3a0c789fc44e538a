import { loadDocument, type DocumentStatement, type DocumentText } from '../api/loadDocument.js';
import { ApiError } from '../api/queryApi.js';
import { h } from '../dom/h.js';
import type { Catalog } from '../model/Catalog.js';
import { STANCES, type Stance } from '../model/kinds.js';
import { STANCE_LOOK } from '../model/stanceLook.js';
import type { StateStore } from '../state/createStateStore.js';
import { segmentText, type EvidenceSpan, type Segment } from './segmentText.js';

/**
 * The source reader: a document's verbatim text with every statement marked by its actor (a label
 * at its start, a tint by actor kind) and every evidence quote underlined in its stance's colour
 * and line style. Clicking a statement selects it (its positions open in the evidence panel);
 * clicking a quote also highlights that position. A deep link's `pos` scrolls to its quote and
 * highlights it; a `statement` selection scrolls to the statement. The extractor's unreviewed
 * suggestions are underlined only while the filters show them, and then marked as suggestions.
 */
export function createReaderView(options: { container: HTMLElement; catalog: Catalog; store: StateStore }): { show(): void } {
  const { container, catalog, store } = options;
  const cache = new Map<string, Promise<DocumentText | null>>();
  let shownId: string | null = null;
  let shownExtracted = false;
  let text: HTMLElement | null = null;

  const show = async () => {
    const state = store.get();
    const documentId = state.documentId ?? catalog.documents[0]?.id ?? null;
    if (!documentId) return container.replaceChildren(h('p', { class: 'notice' }, 'The graph holds no document yet.'));
    if (documentId !== shownId || state.filters.includeExtracted !== shownExtracted) {
      shownId = documentId;
      shownExtracted = state.filters.includeExtracted;
      text = null;
      container.replaceChildren(h('p', { class: 'muted loading' }, 'Loading the document…'));
      let document: DocumentText | null;
      try {
        if (!cache.has(documentId)) cache.set(documentId, loadDocument(documentId));
        document = await cache.get(documentId)!;
      } catch (error) {
        cache.delete(documentId);
        shownId = null;
        return container.replaceChildren(h('p', { class: 'notice error' }, error instanceof ApiError ? error.message : String(error)));
      }
      if (shownId !== documentId) return;
      if (!document) return container.replaceChildren(h('p', { class: 'notice' }, `No document has the id “${documentId}”.`));
      text = render(document);
    }
    highlight();
  };

  function render(document: DocumentText): HTMLElement {
    const statements = document.statements.map((s) => ({ id: s.id, start: s.start, end: s.end }));
    const evidence: EvidenceSpan[] = document.statements.flatMap((s) =>
      s.positions
        .filter((p) => p.provenance.method !== 'EXTRACTED' || shownExtracted)
        .map((p) => ({ positionId: p.id, statementId: s.id, stance: p.stance, start: p.evidence.start, end: p.evidence.end, suggested: p.provenance.method === 'EXTRACTED' })),
    );
    const byId = new Map(document.statements.map((s) => [s.id, s]));
    const segments = segmentText(document.text, statements, evidence);
    const article = h('article', { class: 'doc-text', lang: 'en', 'data-document': document.id });
    // A statement nested in another splits it: the outer one resumes in a second span, unlabelled.
    let current: { id: string; span: HTMLElement } | null = null;
    for (const segment of segments) {
      if (!segment.statementId) {
        current = null;
        article.append(pieceOf(segment));
        continue;
      }
      if (current?.id !== segment.statementId) {
        const statement: DocumentStatement = byId.get(segment.statementId)!;
        const shared = segment.sharedWith.map((id) => byId.get(id)!);
        const span = h('span', { class: `stmt kind-${statement.actor.kind.toLowerCase()}`, 'data-statement': statement.id, 'data-also': shared.map((s) => s.id).join(' ') || null, 'data-actor': statement.actor.id });
        if (segment.opensStatement) span.append(chipOf(statement), ...shared.map(chipOf));
        article.append(span);
        current = { id: statement.id, span };
      }
      current.span.append(pieceOf(segment));
    }
    const picker =
      catalog.documents.length > 1
        ? h(
            'select',
            { class: 'doc-picker', 'aria-label': 'Document', onchange: (event: Event) => store.update({ documentId: (event.target as HTMLSelectElement).value, positionId: null }) },
            ...catalog.documents.map((d) => h('option', { value: d.id, selected: d.id === document.id }, `${d.date} · ${d.title}`)),
          )
        : null;
    const head = h(
      'header',
      { class: 'doc-head' },
      picker,
      h('h2', { class: 'doc-title' }, document.title),
      h('p', { class: 'doc-meta' }, `${document.issuedBy} · ${document.date} · ${humanize(document.reliability)} · ${document.meeting.name}, ${document.meeting.place}, ${document.meeting.startsOn} to ${document.meeting.endsOn}`),
      h(
        'p',
        { class: 'doc-legend' },
        `${document.statements.length} statements, marked by the actor they speak for; quoted evidence is underlined: `,
        ...STANCES.flatMap((stance) => [h('span', { class: `ev-sample ev stance-${stance.toLowerCase()}` }, `${STANCE_LOOK[stance].icon} ${STANCE_LOOK[stance].label.toLowerCase()}`), ' ']),
      ),
    );
    article.addEventListener('click', (event) => {
      const target = event.target as HTMLElement;
      const statement = target.closest<HTMLElement>('[data-statement]');
      if (!statement) return;
      const mark = target.closest<HTMLElement>('mark[data-positions]');
      store.update({ selection: { kind: 'statement', id: statement.dataset.statement! }, positionId: mark ? mark.dataset.positions!.split(' ')[0]! : null });
    });
    container.replaceChildren(head, article);
    return article;
  }

  function highlight(): void {
    if (!text) return;
    const { positionId, selection } = store.get();
    for (const element of text.querySelectorAll('.is-focus, .is-selected')) element.classList.remove('is-focus', 'is-selected');
    let scrollTo: Element | null = null;
    if (selection?.kind === 'statement') {
      const id = CSS.escape(selection.id);
      const spans = text.querySelectorAll(`.stmt[data-statement="${id}"], .stmt[data-also~="${id}"]`);
      for (const span of spans) span.classList.add('is-selected');
      scrollTo = spans[0] ?? null;
    }
    if (positionId) {
      const pieces = [...text.querySelectorAll<HTMLElement>('mark[data-positions]')].filter((mark) => mark.dataset.positions!.split(' ').includes(positionId));
      for (const piece of pieces) piece.classList.add('is-focus');
      scrollTo = pieces[0] ?? scrollTo;
    }
    // After layout, so the reader's height is known when the view has just been shown. The view
    // scrolls itself rather than calling scrollIntoView, which would also scroll the page frame.
    if (scrollTo) {
      const element = scrollTo;
      requestAnimationFrame(() => {
        const offset = element.getBoundingClientRect().top - container.getBoundingClientRect().top;
        container.scrollTop += offset - container.clientHeight / 3;
      });
    }
  }

  return { show: () => void show() };
}

// Private:

function chipOf(statement: DocumentStatement): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: `stmt-chip kind-${statement.actor.kind.toLowerCase()}`,
      'data-statement': statement.id,
      title: `${statement.actor.name}${statement.speaker ? `, ${statement.speaker.name}` : ''}: show this statement’s positions`,
    },
    statement.actor.name,
    statement.positions.length > 0 ? h('span', { class: 'chip-count' }, String(statement.positions.length)) : null,
  );
}

function pieceOf(segment: Segment): Node {
  if (segment.evidence.length === 0) return document.createTextNode(segment.text);
  const stances = [...new Set(segment.evidence.map((e) => e.stance))] as Stance[];
  const first = stances[0]!;
  const suggested = segment.evidence.every((e) => e.suggested);
  return h(
    'mark',
    {
      class: `ev stance-${first.toLowerCase()}${stances.length > 1 ? ' mixed' : ''}${suggested ? ' suggested' : ''}`,
      'data-positions': segment.evidence.map((e) => e.positionId).join(' '),
      'data-stance': stances.join(' '),
      title: `${stances.map((s) => STANCE_LOOK[s].label).join(' and ')}${suggested ? ' (suggested by the extractor, not reviewed)' : ''}`,
    },
    segment.text,
  );
}

function humanize(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
