// The search index: built ahead of time from the corpus (at build time, into a
// JSON module the app loads), or at run time for the user's notes. It holds the
// vocabulary with postings (which documents hold a term, how often, at which word
// positions), the documents to show, and the statistics BM25 ranking needs.
import type { Corpus } from '../corpus/model';
import type { SearchDoc, SearchDocKind, SearchLetter, SearchSection } from './documents';
import { corpusDocs, corpusLetters, corpusSections } from './documents';
import { isStopWord, tokenize } from './normalize';
import { Vocabulary } from './vocabulary';

/** The index as JSON: what the build writes and the app loads. */
export interface SerializedSearchIndex {
  format: 'naslag-search-index';
  version: 1;
  letters: SearchLetter[];
  sections: SearchSection[];
  docs: SearchDoc[];
  /** Per document: how many words count for BM25's length normalisation. */
  lengths: number[];
  /** The vocabulary, sorted. */
  terms: string[];
  /**
   * Per term (same order as `terms`): for every document holding it, the document id
   * as a gap from the previous one, the term frequency, then its word positions as
   * gaps. Gaps keep the numbers small, which is most of the JSON's size.
   */
  postings: number[][];
}

/** Which documents hold a term, decoded for ranking. */
export interface PostingList {
  docs: Int32Array;
  tfs: Int32Array;
  /** Offset of each document's first position in `positions`. */
  posStart: Int32Array;
  positions: Int32Array;
}

export interface SearchIndex {
  letters: SearchLetter[];
  sections: SearchSection[];
  docs: SearchDoc[];
  lengths: Int32Array;
  /** Mean document length per kind: a heading is short by nature, not by being specific. */
  averageLength: Record<SearchDocKind, number>;
  vocabulary: Vocabulary;
  postings(termId: number): PostingList;
  /** Document frequency of a term, without decoding its postings. */
  documentFrequency(termId: number): number;
  /** The heading document of a section, by `${letterId}#${sectionId}`. */
  sectionDoc: Map<string, number>;
  /** The paragraphs under each heading document, so a heading lends its words to them. */
  sectionMembers: Map<number, number[]>;
}

interface TermEntry {
  docs: number[];
  positions: number[][];
}

/** Indexes any list of documents (the corpus, or the user's notes). */
export function buildIndexFromDocs(
  docs: SearchDoc[],
  letters: SearchLetter[],
  sections: SearchSection[],
): SerializedSearchIndex {
  const entries = new Map<string, TermEntry>();
  const lengths: number[] = [];
  docs.forEach((doc, docId) => {
    let length = 0;
    for (const token of tokenize(doc.text)) {
      if (isStopWord(token.term)) continue;
      if (!token.joined) length += 1;
      let entry = entries.get(token.term);
      if (!entry) entries.set(token.term, (entry = { docs: [], positions: [] }));
      if (entry.docs[entry.docs.length - 1] !== docId) {
        entry.docs.push(docId);
        entry.positions.push([]);
      }
      const positions = entry.positions[entry.positions.length - 1] as number[];
      if (positions[positions.length - 1] !== token.position) positions.push(token.position);
    }
    lengths.push(length);
  });

  const terms = [...entries.keys()].sort();
  const postings = terms.map((term) => {
    const entry = entries.get(term) as TermEntry;
    const encoded: number[] = [];
    let previousDoc = 0;
    entry.docs.forEach((docId, i) => {
      const positions = entry.positions[i] as number[];
      encoded.push(docId - previousDoc, positions.length);
      let previous = 0;
      for (const position of positions) {
        encoded.push(position - previous);
        previous = position;
      }
      previousDoc = docId;
    });
    return encoded;
  });
  return {
    format: 'naslag-search-index',
    version: 1,
    letters,
    sections,
    docs,
    lengths,
    terms,
    postings,
  };
}

/** Builds the index of the bundled letters (run at build time). */
export function buildSearchIndex(corpus: Corpus): SerializedSearchIndex {
  return buildIndexFromDocs(corpusDocs(corpus), corpusLetters(corpus), corpusSections(corpus));
}

function decodePostings(encoded: readonly number[]): PostingList {
  let count = 0;
  let positionCount = 0;
  for (let i = 0; i < encoded.length; count += 1) {
    const tf = encoded[i + 1] as number;
    positionCount += tf;
    i += 2 + tf;
  }
  const list: PostingList = {
    docs: new Int32Array(count),
    tfs: new Int32Array(count),
    posStart: new Int32Array(count + 1),
    positions: new Int32Array(positionCount),
  };
  let docId = 0;
  let p = 0;
  for (let i = 0, k = 0; k < count; k += 1) {
    docId += encoded[i] as number;
    const tf = encoded[i + 1] as number;
    list.docs[k] = docId;
    list.tfs[k] = tf;
    list.posStart[k] = p;
    let position = 0;
    for (let j = 0; j < tf; j += 1) {
      position += encoded[i + 2 + j] as number;
      list.positions[p++] = position;
    }
    i += 2 + tf;
  }
  list.posStart[count] = p;
  return list;
}

function averageLengths(
  docs: SearchDoc[],
  lengths: readonly number[],
): Record<SearchDocKind, number> {
  const sum: Record<SearchDocKind, number> = { paragraph: 0, section: 0, table: 0, note: 0 };
  const count: Record<SearchDocKind, number> = { paragraph: 0, section: 0, table: 0, note: 0 };
  docs.forEach((doc, i) => {
    sum[doc.kind] += lengths[i] as number;
    count[doc.kind] += 1;
  });
  // No documents of a kind (0 / 0) or only stop words in them (0 / n): divide by 1.
  const average = (kind: SearchDocKind) => sum[kind] / count[kind] || 1;
  return {
    paragraph: average('paragraph'),
    section: average('section'),
    table: average('table'),
    note: average('note'),
  };
}

/** Makes a serialised index searchable. Postings are decoded on first use. */
export function loadSearchIndex(serialized: SerializedSearchIndex): SearchIndex {
  if (serialized.format !== 'naslag-search-index' || serialized.version !== 1) {
    throw new Error('De zoekindex heeft een onbekende vorm; bouw de app opnieuw.');
  }
  const decoded = new Map<number, PostingList>();
  const frequencies = new Int32Array(serialized.terms.length).fill(-1);
  const sectionDoc = new Map<string, number>();
  const sectionMembers = new Map<number, number[]>();
  serialized.docs.forEach((doc, id) => {
    if (doc.kind === 'section') sectionDoc.set(`${doc.letterId}#${doc.sectionId}`, id);
  });
  serialized.docs.forEach((doc, id) => {
    const heading =
      doc.kind === 'paragraph' ? sectionDoc.get(`${doc.letterId}#${doc.sectionId}`) : undefined;
    if (heading === undefined) return;
    let members = sectionMembers.get(heading);
    if (!members) sectionMembers.set(heading, (members = []));
    members.push(id);
  });
  return {
    letters: serialized.letters,
    sections: serialized.sections,
    docs: serialized.docs,
    lengths: Int32Array.from(serialized.lengths),
    averageLength: averageLengths(serialized.docs, serialized.lengths),
    vocabulary: new Vocabulary(serialized.terms),
    sectionDoc,
    sectionMembers,
    postings(termId) {
      let list = decoded.get(termId);
      if (!list) {
        list = decodePostings(serialized.postings[termId] ?? []);
        decoded.set(termId, list);
      }
      return list;
    },
    documentFrequency(termId) {
      let df = frequencies[termId] as number;
      if (df < 0) {
        const encoded = serialized.postings[termId] ?? [];
        df = 0;
        for (let i = 0; i < encoded.length; i += 2 + (encoded[i + 1] as number)) df += 1;
        frequencies[termId] = df;
      }
      return df;
    },
  };
}
