// The contract's channels as the services implement them, for every shell:
// Electron's IPC, the end-to-end bridge and tests all call these. Only the
// channels that need a window or the desktop ('app:info', 'brief:printToPdf',
// 'external:open') are left to the shell. Arguments arrive validated against
// the contract; what the contract cannot know (does this letter and paragraph
// exist?) is checked here.
import type { Note } from '@core/annotations/model';
import { PARAGRAPH_START_LENGTH } from '@core/annotations/target';
import { SettingsSchema } from '@core/contract/api';
import type { ApiHandlers, ReadingPosition } from '@core/contract/api';
import { ServiceError } from '@core/contract/dispatch';
import { letterText } from '@core/corpus/letter-text';
import type { Letter } from '@core/corpus/model';
import type { Services } from './index';
import { serviceMessages } from './messages';
import { exportNotes, importNotes } from './notes-io';

/** Drafts kept at most; the oldest goes first. */
export const MAX_DRAFTS = 50;

export type ShellChannel = 'app:info' | 'brief:printToPdf' | 'external:open';
export type ServiceHandlers = Omit<ApiHandlers, ShellChannel>;

export function createApiHandlers(services: Services): ServiceHandlers {
  const { store, corpus } = services;
  const now = () => new Date(services.now());

  function letterOf(letterId: string): Letter {
    const letter = corpus.letters.find((l) => l.id === letterId);
    if (!letter)
      throw new ServiceError('invalid-arguments', serviceMessages.unknownLetter(letterId));
    return letter;
  }

  function paragraphOf(letter: Letter, paragraphId: string) {
    const paragraph = letter.paragraphs.find((p) => p.id === paragraphId);
    if (!paragraph)
      throw new ServiceError(
        'invalid-arguments',
        serviceMessages.unknownParagraph(paragraphId, letter.id),
      );
    return paragraph;
  }

  return {
    'store:status': async () => store.status(),

    'settings:get': async () => store.read().settings,

    'settings:update': async (changes) => {
      const saved = await store.update((data) => ({
        ...data,
        settings: SettingsSchema.parse({ ...data.settings, ...changes }),
      }));
      return saved.settings;
    },

    'reading:get': async ({ letterId }) => {
      const positions = store.read().readingPositions;
      return Object.hasOwn(positions, letterId) ? positions[letterId]! : null;
    },

    'reading:set': async (position) => {
      paragraphOf(letterOf(position.letterId), position.paragraphId);
      const saved: ReadingPosition = {
        letterId: position.letterId,
        paragraphId: position.paragraphId,
      };
      await store.update((data) => ({
        ...data,
        readingPositions: { ...data.readingPositions, [saved.letterId]: saved },
      }));
      return saved;
    },

    'notes:list': async () => store.read().notes,

    'notes:save': async (incoming) => {
      const letter = letterOf(incoming.letterId);
      const stored = store.read().notes.find((note) => note.id === incoming.id);
      // An orphan (its paragraph gone, or never named by the tool it came from) can still be edited.
      const keepsPlace =
        stored?.letterId === incoming.letterId && stored.paragraphId === incoming.paragraphId;
      const paragraph = keepsPlace
        ? letter.paragraphs.find((p) => p.id === incoming.paragraphId)
        : paragraphOf(letter, incoming.paragraphId);
      if (incoming.position && !incoming.quote)
        throw new ServiceError('invalid-arguments', serviceMessages.quoteWithoutPosition());
      if (incoming.position && incoming.position.end > letterText(letter).length) {
        throw new ServiceError('invalid-arguments', serviceMessages.positionOutsideLetter());
      }
      let saved: Note | undefined;
      await store.update((data) => {
        const existing = data.notes.find((note) => note.id === incoming.id);
        saved = {
          ...incoming,
          // A whole-paragraph note remembers how its paragraph began, to find it after a renumbering.
          ...(!incoming.quote && !incoming.paragraphStart && paragraph
            ? { paragraphStart: paragraph.text.slice(0, PARAGRAPH_START_LENGTH) }
            : {}),
          created: existing?.created ?? incoming.created,
          modified: now().toISOString(),
        };
        const notes = existing
          ? data.notes.map((note) => (note.id === incoming.id ? saved! : note))
          : [...data.notes, saved];
        return { ...data, notes };
      });
      return saved!;
    },

    'notes:delete': async ({ id }) => {
      if (!store.read().notes.some((note) => note.id === id)) return { deleted: null };
      let deleted: Note | null = null;
      await store.update((data) => {
        deleted = data.notes.find((note) => note.id === id) ?? null;
        return { ...data, notes: data.notes.filter((note) => note.id !== id) };
      });
      return { deleted };
    },

    'drafts:list': async () => store.read().drafts,

    'drafts:save': async (incoming) => {
      letterOf(incoming.note.letterId);
      const saved = { ...incoming, saved: now().toISOString() };
      await store.update((data) => ({
        ...data,
        drafts: [saved, ...data.drafts.filter((draft) => draft.key !== saved.key)].slice(
          0,
          MAX_DRAFTS,
        ),
      }));
      return saved;
    },

    'drafts:delete': async ({ key }) => {
      if (!store.read().drafts.some((draft) => draft.key === key)) return { deleted: false };
      await store.update((data) => ({
        ...data,
        drafts: data.drafts.filter((draft) => draft.key !== key),
      }));
      return { deleted: true };
    },

    'notes:import': async ({ text }) => importNotes(store, corpus, text, now()),

    'notes:export': async ({ format, ids, groupBy }) => {
      const wanted = ids ? new Set(ids) : null;
      const notes = store.read().notes.filter((note) => !wanted || wanted.has(note.id));
      return { text: exportNotes(notes, corpus, format, groupBy) };
    },
  };
}
