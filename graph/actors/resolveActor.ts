import { didYouMean } from '../errors/didYouMean.js';
import type { Actor } from '../model/index.js';
import { normalizeForMatch } from '../model/index.js';
import { KNOWN_GROUPS } from './knownGroups.js';
import { listStateNames, stateAlpha3Of } from './stateNames.js';

export type ActorResolution =
  | { readonly ok: true; readonly actor: Actor; /** Whether the graph already had it. */ readonly known: boolean }
  | { readonly ok: false; readonly message: string };

export interface ActorResolver {
  /** Resolves `value` (an id, ISO 3166-1 alpha-3 or alpha-2 code, name, formal name or alias). */
  resolve(value: string): ActorResolution;
}

/**
 * Builds a resolver over the actors the graph has. Order of trust: an actor of the graph (by id,
 * ISO code, name or alias, case and accents ignored); else a State of the ISO 3166 register (code or
 * any name `listStateNames` gives, e.g. "Viet Nam", "Republic of Korea", "Islamic Republic of
 * Iran"), as a new STATE actor with the alpha-3 code as id; else a known regional organisation or
 * group, as an ORGANIZATION actor. The State names and groups are those the ingest extractor
 * recognises in running text (graph/ingest/extract/actorGazetteer.ts), so a document and a dataset
 * naming the same actor give it the same id.
 * A name two graph actors share resolves to neither: the error lists both.
 */
export function createActorResolver(graphActors: readonly Actor[]): ActorResolver {
  const byKey = new Map<string, Actor[]>();
  const add = (key: string, actor: Actor) => {
    const normalized = normalizeForMatch(key);
    const list = byKey.get(normalized) ?? [];
    if (!list.some((a) => a.id === actor.id)) list.push(actor);
    byKey.set(normalized, list);
  };
  for (const actor of graphActors) {
    for (const key of [actor.id, actor.name, ...actor.aliases, ...(actor.isoCode ? [actor.isoCode] : [])]) add(key, actor);
  }
  const graphIds = new Set(graphActors.map((a) => a.id));
  const groups = new Map<string, Actor>();
  for (const group of KNOWN_GROUPS) for (const key of [group.id, group.name, ...group.aliases]) groups.set(normalizeForMatch(key), group);
  const suggestions = new Set([
    ...graphActors.flatMap((a) => [a.id, a.name, ...a.aliases]),
    ...KNOWN_GROUPS.flatMap((g) => [g.name, ...g.aliases]),
    ...listStateNames().map((state) => state.name),
  ]);

  return {
    resolve(value) {
      const raw = value.trim();
      const key = normalizeForMatch(raw);
      if (key === '') return { ok: false, message: 'empty actor cell; fill in a name or ISO 3166-1 code' };
      const matches = byKey.get(key) ?? [];
      if (matches.length === 1) return { ok: true, actor: matches[0]!, known: true };
      if (matches.length > 1) {
        return { ok: false, message: `actor ${JSON.stringify(raw)} is ambiguous: it names ${matches.map((a) => JSON.stringify(a.id)).join(' and ')}; use the id` };
      }
      const alpha3 = stateAlpha3Of(raw);
      if (alpha3) {
        const existing = byKey.get(normalizeForMatch(alpha3))?.[0];
        if (existing) return { ok: true, actor: existing, known: true };
        const state = listStateNames().find((s) => s.alpha3 === alpha3)!;
        return {
          ok: true,
          actor: { id: alpha3, kind: 'STATE', name: state.name, aliases: [...state.aliases], isoCode: alpha3 },
          known: graphIds.has(alpha3),
        };
      }
      const group = groups.get(key);
      if (group) {
        const existing = byKey.get(normalizeForMatch(group.id))?.[0];
        return existing ? { ok: true, actor: existing, known: true } : { ok: true, actor: group, known: false };
      }
      return {
        ok: false,
        message: `unknown actor ${JSON.stringify(raw)}: not an actor of the graph, an ISO 3166-1 code or State name, or a known group.${didYouMean(raw, suggestions) || ' Add it to seeds/catalog/actors.yaml.'}`,
      };
    },
  };
}
