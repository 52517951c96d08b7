// A figure's value as the compare view prints it: one Dutch number format
// (thousands space, decimal comma), the letter's qualifier before it ("meer dan
// 100"), a number the letter writes as a word as written ("vier"), and its unit.
import type { Figure } from '@core/compare/curated-model';
import { formatDutchNumber, formatQualified } from '@core/corpus/dutch-number';

function withUnit(number: string, figure: Figure, asWord: boolean): string {
  if (figure.unit === 'procent') return asWord ? number : `${number}%`;
  return `${number} ${figure.unit}`;
}

export function figureValue(figure: Figure): string {
  return withUnit(
    formatQualified(figure.value, figure.qualifier, figure.printed),
    figure,
    figure.printed !== undefined,
  );
}

/** The change from one figure to a later one of the same series: "−311 (−27,9%)", or in points for percentages. */
export function figureDifference(
  from: Figure,
  to: Figure,
): { absolute: string; relative?: string } {
  const difference = to.value - from.value;
  const signed = (n: number, digits = 2) =>
    `${n > 0 ? '+' : ''}${formatDutchNumber(n, { maximumDecimals: digits })}`;
  if (from.unit === 'procent') return { absolute: signed(difference) };
  return from.value === 0
    ? { absolute: signed(difference) }
    : { absolute: signed(difference), relative: `${signed((difference / from.value) * 100, 1)}%` };
}
