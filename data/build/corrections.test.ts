import { describe, expect, it } from 'vitest';
import { applyCorrections } from './corrections';

const reason = 'test';

describe('applyCorrections', () => {
  it('repairs an extraction artifact', () => {
    const raw = 'Figuur 1: prestatieafsprakenpolitie en OM\n';
    expect(
      applyCorrections(raw, [
        { find: 'prestatieafsprakenpolitie', replace: 'prestatieafspraken politie', reason },
      ]),
    ).toBe('Figuur 1: prestatieafspraken politie en OM\n');
  });

  it('refuses a correction that no longer matches or matches twice', () => {
    expect(() => applyCorrections('abc', [{ find: 'x', replace: 'y', reason }])).toThrow(
      /does not match/,
    );
    expect(() => applyCorrections('a a', [{ find: 'a', replace: 'b', reason }])).toThrow(
      /more than once/,
    );
  });
});
