// A table's figures as a small chart. The chart is one image for assistive
// technology (role="img" with a summary); the table beside it holds the exact
// figures. The drawing (recharts, which measures every label's text) loads and
// renders only when the chart comes near the window, so opening a letter neither
// waits for it nor measures text for a chart nobody has scrolled to yet. The box
// has its final size from the start, so nothing moves when the drawing arrives.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { Table } from '@core/corpus/model';
import { useT } from '../../i18n/i18n';
import { chartSummary } from './chart-summary';

const LetterChartPlot = lazy(async () => ({
  default: (await import('./LetterChartPlot')).LetterChartPlot,
}));

/** How far outside the window a chart starts drawing, so it is ready when scrolled to. */
const DRAW_AHEAD = '600px 0px';

/** True once the element has come within DRAW_AHEAD of the window (at once where that cannot be observed). */
function useNearWindow(ref: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          setNear(true);
        }
      },
      { rootMargin: DRAW_AHEAD },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}

export function LetterChart({ table }: { table: Table }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const near = useNearWindow(box);
  return (
    <div ref={box} className="letter-chart" role="img" aria-label={chartSummary(t, table)}>
      {near && (
        <Suspense fallback={null}>
          <LetterChartPlot table={table} />
        </Suspense>
      )}
    </div>
  );
}
