import { describe, expect, it } from 'vitest';
import { MAX_SCALE, MIN_SCALE, stepScale } from './SettingsPanel';

describe('stepScale', () => {
  it('steps the text size by a tenth without float noise', () => {
    expect(stepScale(1, 1)).toBe(1.1);
    expect(stepScale(1.1, 1)).toBe(1.2);
    expect(stepScale(1.2, -1)).toBe(1.1);
  });

  it('stays within the bounds the store accepts', () => {
    expect([MIN_SCALE, MAX_SCALE]).toEqual([0.8, 1.8]);
    expect(stepScale(MAX_SCALE, 1)).toBe(MAX_SCALE);
    expect(stepScale(MIN_SCALE, -1)).toBe(MIN_SCALE);
  });
});
