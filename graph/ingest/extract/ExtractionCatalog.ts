import type { ActorKind, PersonRole, TargetKind } from '../../model/index.js';

/**
 * What the extractor may recognise, taken from the seeds (or any store's catalog): actors,
 * targets, the persons who attended the meeting with whom they represented, and the meeting's
 * agenda. The extractor never reads annotations: it is blind to what curators coded.
 */
export interface ExtractionCatalog {
  readonly actors: readonly CatalogActor[];
  readonly targets: readonly CatalogTarget[];
  readonly persons: readonly CatalogPerson[];
  readonly agendaItems: readonly CatalogAgendaItem[];
  /** The actor a chair speaks for at this meeting, when the meeting records one. */
  readonly chairActorId: string | null;
}

export interface CatalogActor {
  readonly id: string;
  readonly kind: ActorKind;
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface CatalogTarget {
  readonly id: string;
  readonly kind: TargetKind;
  readonly name: string;
  readonly aliases: readonly string[];
  /** A principle that is an element of another ("coercion" of non-intervention). */
  readonly elementOfId?: string | null;
  /** What a legal question asks about (a question only). */
  readonly aboutIds?: readonly string[];
}

export interface CatalogPerson {
  readonly id: string;
  readonly name: string;
  readonly representsId: string;
  readonly role: PersonRole;
}

export interface CatalogAgendaItem {
  readonly id: string;
  readonly label: string;
  readonly title: string;
}
