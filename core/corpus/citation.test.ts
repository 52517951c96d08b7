import { describe, expect, it } from 'vitest';
import { formatCitation, formatQuotation, shortVergaderjaar } from './citation';

const nr81 = { vergaderjaar: '2012–2013', dossier: '31 015', nr: 81 };

describe('formatCitation', () => {
  it('writes the standard pinpoint form', () => {
    expect(formatCitation(nr81, 3)).toBe('Kamerstukken II 2012/13, 31 015, nr. 81, p. 3');
  });
  it('cites a whole letter without a page', () => {
    expect(formatCitation(nr81)).toBe('Kamerstukken II 2012/13, 31 015, nr. 81');
  });
  it('gives a page range when a passage crosses a page', () => {
    expect(formatCitation(nr81, 3, 4)).toBe('Kamerstukken II 2012/13, 31 015, nr. 81, p. 3-4');
    expect(formatCitation(nr81, 3, 3)).toBe('Kamerstukken II 2012/13, 31 015, nr. 81, p. 3');
  });
  it('shortens the parliamentary year across a century', () => {
    expect(shortVergaderjaar('1999–2000')).toBe('1999/00');
  });
});

describe('formatQuotation', () => {
  it('quotes with Dutch single quotes and the citation after', () => {
    expect(formatQuotation(nr81, ' Encryptie is lastig. ', 4)).toBe(
      '‘Encryptie is lastig.’ (Kamerstukken II 2012/13, 31 015, nr. 81, p. 4)',
    );
  });
});
