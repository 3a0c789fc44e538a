import type { ActorKind, TargetKind } from './kinds.js';

/** Everything the explorer names: loaded once from the catalog queries, keyed by id. */
export interface Catalog {
  readonly actors: ReadonlyMap<string, ActorInfo>;
  readonly targets: ReadonlyMap<string, TargetInfo>;
  /** Agenda items of every meeting, meetings by start date, items in agenda order. */
  readonly agendaItems: readonly AgendaItemInfo[];
  readonly agendaItemById: ReadonlyMap<string, AgendaItemInfo>;
  readonly documents: readonly DocumentInfo[];
}

export interface ActorInfo {
  readonly id: string;
  readonly kind: ActorKind;
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface TargetInfo {
  readonly id: string;
  readonly kind: TargetKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string | null;
  /** One line of detail: "Treaty, 2001", "Decision: adopted". */
  readonly detail: string | null;
  /** Structural links to other targets (part of, element of, enshrined in). */
  readonly links: readonly TargetLink[];
}

export interface TargetLink {
  readonly relation: 'PART_OF' | 'ELEMENT_OF' | 'ENSHRINED_IN' | 'ABOUT';
  readonly targetId: string;
}

export interface AgendaItemInfo {
  readonly id: string;
  readonly meetingId: string;
  readonly meetingName: string;
  readonly label: string;
  readonly title: string;
}

export interface DocumentInfo {
  readonly id: string;
  readonly title: string;
  readonly date: string;
}
