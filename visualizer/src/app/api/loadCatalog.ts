import type { ActorInfo, AgendaItemInfo, Catalog, DocumentInfo, TargetInfo, TargetLink } from '../model/Catalog.js';
import type { ActorKind, TargetKind } from '../model/kinds.js';
import { queryApi } from './queryApi.js';

const CATALOG_QUERY = /* GraphQL */ `
  query Catalog {
    actors { id kind name aliases }
    principles { id kind name aliases description elementOf { id } enshrinedIn { id } }
    instruments { id kind name aliases description instrumentType year partOf { id } }
    proposals { id kind name aliases description decision { outcome } }
    questions { id kind name aliases description wording about { id } }
    meetings { id name startsOn agendaItems { id label title } }
    documents { id title date }
  }
`;

/** Loads every actor, target, agenda item and document in one request. */
export async function loadCatalog(): Promise<Catalog> {
  const data = await queryApi<CatalogData>(CATALOG_QUERY);
  const actors = new Map<string, ActorInfo>(data.actors.map((a) => [a.id, { id: a.id, kind: a.kind, name: a.name, aliases: a.aliases }]));
  const targets = new Map<string, TargetInfo>();
  for (const p of data.principles) {
    const links: TargetLink[] = [
      ...(p.elementOf ? [{ relation: 'ELEMENT_OF' as const, targetId: p.elementOf.id }] : []),
      ...p.enshrinedIn.map((i) => ({ relation: 'ENSHRINED_IN' as const, targetId: i.id })),
    ];
    targets.set(p.id, { ...base(p), detail: 'Legal principle', links });
  }
  for (const i of data.instruments) {
    const detail = [humanize(i.instrumentType), i.year].filter(Boolean).join(', ');
    targets.set(i.id, { ...base(i), detail, links: i.partOf ? [{ relation: 'PART_OF', targetId: i.partOf.id }] : [] });
  }
  for (const p of data.proposals) {
    targets.set(p.id, { ...base(p), detail: p.decision ? `Proposal, ${humanize(p.decision.outcome)}` : 'Proposal', links: [] });
  }
  for (const q of data.questions) {
    targets.set(q.id, { ...base(q), detail: `Legal question: ${q.wording}`, links: q.about.map((t) => ({ relation: 'ABOUT' as const, targetId: t.id })) });
  }
  const agendaItems: AgendaItemInfo[] = [...data.meetings]
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn))
    .flatMap((m) => m.agendaItems.map((item) => ({ ...item, meetingId: m.id, meetingName: m.name })));
  const documents: DocumentInfo[] = data.documents;
  return {
    actors,
    targets: new Map([...targets].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    agendaItems,
    agendaItemById: new Map(agendaItems.map((item) => [item.id, item])),
    documents,
  };
}

// Private:

interface TargetData {
  id: string;
  kind: TargetKind;
  name: string;
  aliases: string[];
  description: string | null;
}

interface CatalogData {
  actors: { id: string; kind: ActorKind; name: string; aliases: string[] }[];
  principles: (TargetData & { elementOf: { id: string } | null; enshrinedIn: { id: string }[] })[];
  instruments: (TargetData & { instrumentType: string; year: number | null; partOf: { id: string } | null })[];
  proposals: (TargetData & { decision: { outcome: string } | null })[];
  questions: (TargetData & { wording: string; about: { id: string }[] })[];
  meetings: { id: string; name: string; startsOn: string; agendaItems: { id: string; label: string; title: string }[] }[];
  documents: { id: string; title: string; date: string }[];
}

function base(t: TargetData) {
  return { id: t.id, kind: t.kind, name: t.name, aliases: t.aliases, description: t.description };
}

/** TREATY_PROVISION -> "Treaty provision". */
function humanize(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
