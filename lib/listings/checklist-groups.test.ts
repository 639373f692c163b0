import { describe, expect, it } from 'vitest';
import { actionsToDoOf, groupByKind } from './checklist-groups';
import type { NextAction } from './next-action';

const entry = (name: string, kind: string, sortOrder: number, nextAction: NextAction = 'create') => ({
  platform: { name, kind, sortOrder },
  nextAction,
});

describe('groupByKind', () => {
  it('groups by kind in the settings order, each group in catalogue order, whatever the state', () => {
    const groups = groupByKind([
      entry('Yelp', 'REVIEWS', 40, 'fixData'),
      entry('Apple Maps', 'MAPS', 20),
      entry('Google Business Profile', 'MAPS', 10, 'none'),
      entry('TomTom', 'NAVIGATION', 30),
    ]);
    expect(groups.map((group) => [group.kind, group.entries.map((item) => item.platform.name)])).toEqual([
      ['MAPS', ['Google Business Profile', 'Apple Maps']],
      ['NAVIGATION', ['TomTom']],
      ['REVIEWS', ['Yelp']],
    ]);
  });

  it('keeps a kind it does not know at the end instead of losing its items', () => {
    const groups = groupByKind([entry('Neu', 'FUTURE', 1), entry('Google', 'MAPS', 2)]);
    expect(groups.map((group) => group.kind)).toEqual(['MAPS', 'FUTURE']);
  });
});

describe('actionsToDoOf', () => {
  it('counts the next steps most urgent first and leaves out what needs nothing', () => {
    const counts = actionsToDoOf(
      (['create', 'none', 'fixData', 'create', 'notApplicable', 'recheck'] as NextAction[]).map(
        (nextAction) => ({
          nextAction,
        }),
      ),
    );
    expect(counts).toEqual([
      { action: 'fixData', count: 1 },
      { action: 'create', count: 2 },
      { action: 'recheck', count: 1 },
    ]);
  });
});
