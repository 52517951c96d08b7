// The Dutch words of note import and the debate brief, in one place.
import type { z } from 'zod';

export const importMessages = {
  tooLarge: (megabytes: number) =>
    `Het bestand is groter dan ${megabytes} MB. Er is niets ingelezen.`,
  notJson: () =>
    'Het bestand is geen geldige JSON. Er is niets ingelezen; controleer of u het juiste bestand koos.',
  wrongTopLevel: () =>
    'Het bestand bevat geen annotatie of lijst van annotaties (W3C Web Annotation). Er is niets ingelezen.',
  tooMany: (max: number, count: number) =>
    `Het bestand bevat ${count} annotaties; Naslag leest er hoogstens ${max} tegelijk. Er is niets ingelezen.`,
  forbiddenKey: (key: string) => `bevat de niet-toegestane sleutel "${key}"`,
  tooDeep: () => 'is te diep genest',
  badId: () =>
    'heeft geen bruikbare id (hoogstens 200 tekens: letters, cijfers en . _ : / -, beginnend met een letter of cijfer)',
  unknownLetter: (source: string) =>
    `verwijst naar een brief die Naslag niet kent (${source.slice(0, 120)})`,
  multipleTargets: () => 'heeft meer dan één doel; Naslag kent alleen notities bij één passage',
  noPlace: () => 'zegt niet bij welke passage of alinea de notitie hoort',
  duplicateInFile: () => 'komt al eerder in het bestand voor; alleen de eerste is gebruikt',
  newerInStore: (modified: string) =>
    `de notitie in Naslag is nieuwer (gewijzigd ${modified}); die is bewaard, de ingelezen versie niet`,
  sameTimeInStore: (modified: string) =>
    `de notitie in Naslag is op hetzelfde moment gewijzigd (${modified}) maar anders; die is bewaard, de ingelezen versie niet`,
} as const;

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'getal',
  boolean: 'ja/nee',
  object: 'object',
  array: 'lijst',
};

/** One validation problem, in Dutch, naming where in the annotation it is. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'de annotatie';
  switch (issue.code) {
    case 'too_big':
      return `${where} is te lang of te groot (hoogstens ${String(issue.maximum)})`;
    case 'too_small':
      return `${where} is leeg of te klein`;
    case 'invalid_type':
      return `${where} ontbreekt of heeft het verkeerde type (verwacht: ${TYPE_NAMES[issue.expected] ?? issue.expected})`;
    case 'invalid_format':
      return `${where} heeft een ongeldige vorm`;
    case 'invalid_value':
      return `${where} heeft een waarde die Naslag niet kent`;
    default:
      return `${where} is ongeldig`;
  }
}

export const briefMessages = {
  title: 'Debatnotitie',
  orphansHeading: 'Niet gevonden',
  orphansIntro:
    'De passages bij deze notities staan niet (meer) in de brief zoals Naslag die nu heeft. Het citaat is bewaard zoals het was.',
  tagsLabel: 'Labels',
  sourceLabel: 'Bron',
  untagged: 'Zonder label',
  letterNumber: (nr: number) => `nr. ${nr}`,
  notFoundSource: 'niet gevonden',
  empty: 'Er zijn geen notities om op te nemen.',
  unknownLetter: (letterId: string) => `Onbekende brief (${letterId})`,
} as const;
