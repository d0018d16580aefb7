import { describe, expect, test } from 'vitest';

import { joinLines, parseUsDate } from '../../src/parse/text.ts';

describe('parseUsDate', () => {
  test.each([
    ['4/15/2026', '2026-04-15'],
    ['04/15/2025', '2025-04-15'],
    ['12/15/24', '2024-12-15'],
    ['December 15, 2024', '2024-12-15'],
    ['Dec. 15, 2024', '2024-12-15'],
    ['2024-12-15', '2024-12-15'],
  ])('%s reads as %s', (text, iso) => {
    expect(parseUsDate(text)).toBe(iso);
  });

  test.each(['2/30/2026', '13/1/2026', 'Revised policy statement.', '', 'Smarch 3, 2024'])('%j is no date', (text) => {
    expect(parseUsDate(text)).toBeNull();
  });
});

describe('joinLines', () => {
  test('wrapped lines join with single spaces', () => {
    expect(joinLines(['Evacuation of meibomian  glands,', ' automated'])).toBe('Evacuation of meibomian glands, automated');
  });

  test('a line ending in a hyphen keeps it and joins without a space', () => {
    expect(joinLines(['For insertion of skull-', 'mounted cranial neurostimulator'])).toBe('For insertion of skull-mounted cranial neurostimulator');
  });
});
