import { describe, expect, test } from 'vitest';
import {
  agreement,
  blocs,
  commonGround,
  consensusOn,
  divergences,
  loadAnalysisInput,
  narrowScope,
  zeroDraft,
  type AnalysisInput,
} from '../../graph/analysis/index.js';
import { InvalidArgumentError, NotFoundError } from '../../graph/errors/index.js';
import { fixtureBundle, hangzhouInput, twoMeetingsInput } from './fixture/hangzhouFixture.js';
import { recordingMemoryStore } from './fixture/recordingMemoryStore.js';

// One case per rejection: the kind, the code and the argument, and, where the message offers a
// suggestion, the suggestion.

function rejection(run: () => unknown): InvalidArgumentError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    return error as InvalidArgumentError;
  }
  throw new Error('expected an InvalidArgumentError');
}

async function asyncRejection(run: () => Promise<unknown>): Promise<InvalidArgumentError> {
  const error = await run().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InvalidArgumentError);
  return error as InvalidArgumentError;
}

describe('misuse of the analyses', () => {
  test('an unknown target, with the closest ids', () => {
    const error = rejection(() => consensusOn(hangzhouInput, 'non-interventoin'));
    expect([error.code, error.argument]).toEqual(['BAD_USER_INPUT', 'targetId']);
    expect(error.message).toContain('Did you mean "non-intervention"?');
  });

  test('an unknown actor, with the closest ids', () => {
    const error = rejection(() => agreement(hangzhouInput, { actorIds: ['CHM'] }));
    expect(error.argument).toBe('actorIds');
    expect(error.message).toContain('"CHN"');
  });

  test('an actor that is not a State', () => {
    expect(rejection(() => agreement(hangzhouInput, { actorIds: ['CHN', 'icrc'] })).argument).toBe('actorIds');
  });

  test('a State that took part in no meeting in scope', () => {
    expect(rejection(() => blocs(hangzhouInput, { actorIds: ['KOR'] })).argument).toBe('actorIds');
  });

  test('a State outside the scope’s actors', () => {
    const pair = narrowScope(hangzhouInput, { actorIds: ['CHN', 'JPN'] });
    expect(rejection(() => agreement(pair, { actorIds: ['IRN'] })).argument).toBe('actorIds');
  });

  test.each([
    ['minSharedTargets', () => agreement(hangzhouInput, { minSharedTargets: 0 })],
    ['minSupporters', () => commonGround(hangzhouInput, { minSupporters: 1.5 })],
    ['minSupporters', () => zeroDraft(hangzhouInput, { minSupporters: 0 })],
    ['seed', () => blocs(hangzhouInput, { seed: -1 })],
    ['restarts', () => blocs(hangzhouInput, { restarts: 0 })],
    ['resolution', () => blocs(hangzhouInput, { resolution: 0 })],
  ])('a bad %s', (argument, run) => {
    expect(rejection(run).argument).toBe(argument);
  });

  test('an unknown meeting in a scope, with the closest ids', () => {
    const error = rejection(() => narrowScope(twoMeetingsInput, { meetingIds: ['hangzhou-2091'] }));
    expect(error.argument).toBe('meetingIds');
    expect(error.message).toContain('Did you mean "hangzhou-2019"?');
  });

  test('a meeting outside the loaded scope', () => {
    const loaded = narrowScope(twoMeetingsInput, { meetingIds: ['hangzhou-2019'] });
    expect(rejection(() => narrowScope(loaded, { meetingIds: ['fixture-followup-2020'] })).argument).toBe('meetingIds');
  });

  test('an agenda item of a meeting the scope leaves out', () => {
    const scope = { meetingIds: ['fixture-followup-2020'], agendaItemIds: ['hangzhou-2019.topic-1'] };
    expect(rejection(() => narrowScope(twoMeetingsInput, scope)).argument).toBe('agendaItemIds');
  });

  test('the analyses leave their input as they found it', () => {
    const before = structuredClone(hangzhouInput) as AnalysisInput;
    consensusOn(hangzhouInput, 'non-intervention');
    divergences(hangzhouInput);
    agreement(hangzhouInput);
    blocs(hangzhouInput);
    commonGround(hangzhouInput);
    zeroDraft(hangzhouInput);
    expect(hangzhouInput).toEqual(before);
    expect(Object.isFrozen(hangzhouInput)).toBe(true);
  });
});

describe('misuse of loadAnalysisInput', () => {
  const store = () => recordingMemoryStore(fixtureBundle);

  test('an unknown meeting, reported on the caller’s argument', async () => {
    const error = await asyncRejection(() => loadAnalysisInput(store(), { meetingIds: ['hangzhou-2091'] }, { argumentPrefix: 'filter.' }));
    expect([error.code, error.argument]).toEqual(['BAD_USER_INPUT', 'filter.meetingIds']);
    expect(error.message).toContain('Did you mean "hangzhou-2019"?');
  });

  test('an unknown agenda item', async () => {
    const error = await asyncRejection(() => loadAnalysisInput(store(), { agendaItemIds: ['hangzhou-2019.topic-9'] }));
    expect(error.argument).toBe('agendaItemIds');
    expect(error.message).toContain('"hangzhou-2019.topic-1"');
  });

  test('an unknown actor', async () => {
    expect((await asyncRejection(() => loadAnalysisInput(store(), { actorIds: ['CHN2'] }))).argument).toBe('actorIds');
  });

  test('an agenda item of a meeting the scope leaves out', async () => {
    const scope = { meetingIds: ['fixture-followup-2020'], agendaItemIds: ['hangzhou-2019.topic-1'] };
    expect((await asyncRejection(() => loadAnalysisInput(store(), scope))).argument).toBe('agendaItemIds');
  });

  test('a page size below 1', async () => {
    expect((await asyncRejection(() => loadAnalysisInput(store(), {}, { pageSize: 0 }))).argument).toBe('pageSize');
  });

  test('a store with a dangling reference is a broken store, not a bad argument', async () => {
    const broken = recordingMemoryStore({ ...fixtureBundle, documents: fixtureBundle.documents.slice(1) });
    const error = await loadAnalysisInput(broken, {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).code).toBe('NOT_FOUND');
  });
});
