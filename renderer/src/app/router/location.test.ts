import { describe, expect, it } from 'vitest';
import { matchPath, parseLocation, pathOf } from './location';

describe('parseLocation', () => {
  it('splits an address into path and query, whatever the hash held', () => {
    expect(parseLocation('/brief/kst-31015-81?markeer=1+113')).toEqual({
      pathname: '/brief/kst-31015-81',
      search: '?markeer=1+113',
    });
    expect(parseLocation('notities')).toEqual({ pathname: '/notities', search: '' });
    expect(parseLocation('/notities?')).toEqual({ pathname: '/notities', search: '' });
    expect(parseLocation('/brief/x#inhoud')).toEqual({ pathname: '/brief/x', search: '' });
    expect(parseLocation('')).toEqual({ pathname: '/', search: '' });
  });

  it('writes back what it read', () => {
    const address = '/vergelijk/kst-31015-90/kst-31015-81?weergave=cijfers';
    expect(pathOf(parseLocation(address))).toBe(address);
  });
});

describe('matchPath', () => {
  const reader = '/brief/:letterId/:targetId?';

  it('takes the parameters, an optional one only when given', () => {
    expect(matchPath(reader, '/brief/kst-31015-81/encryptie-2')).toEqual({
      letterId: 'kst-31015-81',
      targetId: 'encryptie-2',
    });
    expect(matchPath(reader, '/brief/kst-31015-81')).toEqual({ letterId: 'kst-31015-81' });
    expect(matchPath(reader, '/brief')).toBeNull();
    expect(matchPath(reader, '/brief/a/b/c')).toBeNull();
  });

  it('matches fixed segments regardless of case, and ignores a trailing slash', () => {
    expect(matchPath('/notities/brief', '/Notities/BRIEF/')).toEqual({});
    expect(matchPath('/notities', '/notities/brief')).toBeNull();
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/', '/brief')).toBeNull();
  });

  it('decodes a parameter, and keeps one with a malformed escape as written', () => {
    expect(matchPath(reader, '/brief/kst%2031015')).toEqual({ letterId: 'kst 31015' });
    expect(matchPath(reader, '/brief/100%')).toEqual({ letterId: '100%' });
  });

  it('lets "*" match any address', () => {
    expect(matchPath('*', '/wat/dan/ook')).toEqual({});
  });
});
