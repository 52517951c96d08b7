// Small letters for the compare tests: only what alignment and highlighting read
// (sections, paragraphs, tables), with the metadata a Letter needs filled in.
import type { Letter, Table } from '../corpus/model';

export interface SectionSketch {
  id: string;
  title: string;
  paragraphs: string[];
  parentId?: string;
}

export function sketchLetter(nr: number, sections: SectionSketch[], tables: Table[] = []): Letter {
  return {
    id: `kst-31015-${nr}`,
    dossier: '31 015',
    dossierTitle: 'Kindermishandeling',
    nr,
    vergaderjaar: '2012–2013',
    date: '2013-01-01',
    sender: 'Minister van Veiligheid en Justitie',
    senderName: 'I.W. Opstelten',
    title: `Brief ${nr}`,
    summary: 'Een brief voor de tests.',
    aliases: [],
    identifier: `https://zoek.officielebekendmakingen.nl/kst-31015-${nr}`,
    provenance: {},
    pageCount: 1,
    sections: sections.map((s) => ({
      id: s.id,
      title: s.title,
      printed: true,
      level: s.parentId ? 2 : 1,
      ...(s.parentId ? { parentId: s.parentId } : {}),
      page: 1,
    })),
    paragraphs: sections.flatMap((s) =>
      s.paragraphs.map((text, k) => ({
        id: `${s.id}-${k + 1}`,
        n: 1,
        sectionId: s.id,
        kind: 'body' as const,
        page: 1,
        pageBreaks: [],
        text,
      })),
    ),
    footnotes: [],
    footnoteNumbering: 'continuous',
    tables,
  };
}
