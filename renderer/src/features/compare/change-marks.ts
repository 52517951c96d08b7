// The sentence-level changes each pane marks.
import { useMemo } from 'react';
import type { Comparison } from './comparison';
import type { PaneMarks } from './pane-marks';

export function useChangeMarks(comparison: Comparison): { left: PaneMarks; right: PaneMarks } {
  return useMemo(() => ({ left: new Map(), right: new Map() }), [comparison]);
}
