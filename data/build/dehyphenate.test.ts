import { describe, expect, it } from 'vitest';
import { joinLines, lineJoint, standaloneNames } from './dehyphenate';

const line = (text: string, page = 1) => ({ lineNo: 1, text, page });
const join = (...texts: string[]) => joinLines(texts.map((text) => line(text))).text;

describe('lineJoint', () => {
  it.each([
    ['verspreiders van kinderporno-', 'grafie. Op deze manier', 'join'],
    ['over verander- en verbetertra-', 'jecten die ik', 'join'],
    ['van de tactische stuur-', 'ploeg geplaatst.', 'join'],
    ['het Algemeen Overleg Kinder-', 'pornografie van', 'join'],
    ['extra mogelijk-', 'heden om', 'join'],
  ] as const)('joins a typesetter’s break: "%s" + "%s"', (end, next, joint) => {
    expect(lineJoint(end, next)).toBe(joint);
  });

  it.each([
    ['Over deze verander-', 'en verbetertrajecten'],
    ['de landelijke stuur-', 'en weegploeg'],
    ['binnen-', 'of buitenland'],
  ])('keeps the hyphen of a suspended compound: "%s" + "%s"', (end, next) => {
    expect(lineJoint(end, next)).toBe('keep-hyphen-and-space');
  });

  it.each([
    ['via TOR-servers en Peer-to-', 'Peer-netwerken'],
    ['het project In-', '4-mation'],
    ['de nieuwe OM-', 'organisatie'],
    ['een TBS-', 'behandeling'],
    ['peer-to-', 'peer-verbindingen'],
    ['de regionale politie-', 'eenheden'],
  ])('keeps a real hyphen: "%s" + "%s"', (end, next) => {
    expect(lineJoint(end, next)).toBe('keep-hyphen');
  });

  const names = standaloneNames('samen met Interpol en Europol. Het Meldpunt Kinder-\nporno');

  it.each([
    ['een Europol-', 'rapport over', 'Europol-rapport'],
    ['in het Interpol-', 'project Infra-sea', 'Interpol-project'],
    ['de publiek-', 'private pilot', 'publiek-private'],
  ])('keeps the hyphen after a name or a coordinated adjective: "%s" + "%s"', (end, next, word) => {
    expect(lineJoint(end, next, names)).toBe('keep-hyphen');
    expect(joinLines([line(end), line(next)], ' ', names).text).toContain(word);
  });

  it('still joins a capitalised word the typesetter broke', () => {
    expect(names.has('Kinder')).toBe(false);
    expect(lineJoint('het Meldpunt Kinder-', 'porno op Internet', names)).toBe('join');
    expect(lineJoint('Nederlandse opsporingsdiensten Neder-', 'landse', names)).toBe('join');
  });

  it('joins lines without a hyphen with a space', () => {
    expect(lineJoint('de aanpak van', 'kinderpornografie')).toBe('space');
  });
});

describe('joinLines', () => {
  it('rebuilds words and keeps real hyphens', () => {
    expect(join('van kinderporno-', 'grafie.')).toBe('van kinderpornografie.');
    expect(join('over verander- en verbetertra-', 'jecten die')).toBe(
      'over verander- en verbetertrajecten die',
    );
    expect(join('zowel binnen-', 'en buitenland')).toBe('zowel binnen- en buitenland');
    expect(join('Peer-to-', 'Peer-netwerken')).toBe('Peer-to-Peer-netwerken');
    expect(join('de publiek-private pilot')).toBe('de publiek-private pilot');
  });

  it('records where a new page starts inside a paragraph, at the start of a broken word', () => {
    const joined = joinLines([
      line('biedt extra mogelijk-', 5),
      line('heden om', 6),
      line('samen', 6),
    ]);
    expect(joined.text).toBe('biedt extra mogelijkheden om samen');
    expect(joined.page).toBe(5);
    expect(joined.pageBreaks).toEqual([{ page: 6, offset: 'biedt extra '.length }]);
    const hyphenated = joinLines([line('een (TBS-', 5), line('behandeling) en', 6)]);
    expect(hyphenated.text).toBe('een (TBS-behandeling) en');
    expect(hyphenated.pageBreaks).toEqual([{ page: 6, offset: 'een ('.length }]);
    const between = joinLines([line('extra mogelijkheden', 5), line('om samen', 6)]);
    expect(between.pageBreaks).toEqual([{ page: 6, offset: 'extra mogelijkheden '.length }]);
  });

  it('can keep the printed line breaks (for the sign-off)', () => {
    expect(
      joinLines([line('De minister van Veiligheid en Justitie,'), line('I.W. Opstelten')], '\n')
        .text,
    ).toBe('De minister van Veiligheid en Justitie,\nI.W. Opstelten');
  });
});
