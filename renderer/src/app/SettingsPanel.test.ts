import { describe, expect, it } from 'vitest';
import { SettingsSchema } from '@core/contract/api';
import { stepScale } from './SettingsPanel';

const accepted = (scale: number) => SettingsSchema.shape.fontScale.safeParse(scale).success;

/** Every size the buttons reach from 100 % in one direction, in order, until they stop. */
function walk(direction: 1 | -1): number[] {
  const sizes = [1];
  for (let next = stepScale(1, direction); next !== sizes.at(-1); next = stepScale(next, direction))
    sizes.push(next);
  return sizes;
}

describe('stepScale', () => {
  it('steps the text size by a tenth without float noise', () => {
    expect(stepScale(1, 1)).toBe(1.1);
    expect(stepScale(1.1, 1)).toBe(1.2);
    expect(stepScale(1.2, -1)).toBe(1.1);
  });

  it('reaches the smallest and largest size the store accepts, and never one it refuses', () => {
    for (const direction of [1, -1] as const) {
      const sizes = walk(direction);
      expect(sizes.length).toBeGreaterThan(2);
      expect(sizes.every(accepted)).toBe(true);
      const last = sizes.at(-1)!;
      expect(accepted(Math.round((last + direction / 10) * 10) / 10)).toBe(false);
    }
  });
});
