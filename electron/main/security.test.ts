import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  applySessionSecurity,
  isAllowedRequest,
  isPermissionGranted,
  judgeNavigation,
  originOf,
  secureWebContents,
} from './security';

const APP = 'app://naslag';

/** Just enough of WebContents: an event emitter with a window-open handler slot. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: (...args: unknown[]) => void) => emitter.on(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  };
  return {
    contents: contents as unknown as WebContents,
    emit(name: string, url = '') {
      const event = { url, preventDefault: vi.fn() };
      emitter.emit(name, event, url);
      return event;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

function fakeSession() {
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
  return session;
}

describe('originOf', () => {
  it('gives custom schemes a real origin and hostless URLs none', () => {
    expect(originOf('app://naslag/lezen/kst-31015-81')).toBe(APP);
    expect(originOf('http://localhost:5173/x')).toBe('http://localhost:5173');
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('no url')).toBeNull();
  });
});

describe('navigation', () => {
  it('keeps in-app navigation, offers https links, denies the rest', () => {
    expect(judgeNavigation('app://naslag/notities', APP)).toBe('allow');
    expect(judgeNavigation('https://zoek.officielebekendmakingen.nl/kst-31015-90', APP)).toBe(
      'external',
    );
    expect(judgeNavigation('app://naslag.evil/', APP)).toBe('deny');
    expect(judgeNavigation('http://example.org/', APP)).toBe('deny');
    expect(judgeNavigation('file:///etc/passwd', APP)).toBe('deny');
    expect(judgeNavigation('javascript:alert(1)', APP)).toBe('deny');
  });

  it('prevents navigation away from the app and hands https links to the user', () => {
    const offerExternal = vi.fn();
    const fake = fakeContents();
    secureWebContents(fake.contents, { appOrigin: APP, offerExternal });

    expect(
      fake.emit('will-navigate', 'app://naslag/vergelijken').preventDefault,
    ).not.toHaveBeenCalled();
    expect(
      fake.emit('will-navigate', 'file:///home/user/.ssh/id_rsa').preventDefault,
    ).toHaveBeenCalled();
    expect(offerExternal).not.toHaveBeenCalled();

    expect(
      fake.emit('will-navigate', 'https://www.tweedekamer.nl/').preventDefault,
    ).toHaveBeenCalled();
    expect(offerExternal).toHaveBeenCalledWith('https://www.tweedekamer.nl/');
  });

  it('prevents redirects out of the app without offering them', () => {
    const offerExternal = vi.fn();
    const fake = fakeContents();
    secureWebContents(fake.contents, { appOrigin: APP, offerExternal });
    expect(
      fake.emit('will-redirect', 'https://tracker.example/').preventDefault,
    ).toHaveBeenCalled();
    expect(
      fake.emit('will-redirect', 'app://naslag/index.html').preventDefault,
    ).not.toHaveBeenCalled();
    expect(offerExternal).not.toHaveBeenCalled();
  });

  it('denies every new window; https ones are offered to the user instead', () => {
    const offerExternal = vi.fn();
    const fake = fakeContents();
    secureWebContents(fake.contents, { appOrigin: APP, offerExternal });
    expect(fake.open('app://naslag/lezen')).toEqual({ action: 'deny' });
    expect(fake.open('http://example.org/')).toEqual({ action: 'deny' });
    expect(offerExternal).not.toHaveBeenCalled();
    expect(fake.open('https://wetten.overheid.nl/')).toEqual({ action: 'deny' });
    expect(offerExternal).toHaveBeenCalledWith('https://wetten.overheid.nl/');
  });

  it('refuses to attach a <webview>', () => {
    const fake = fakeContents();
    secureWebContents(fake.contents, { appOrigin: APP, offerExternal: vi.fn() });
    expect(fake.emit('will-attach-webview').preventDefault).toHaveBeenCalled();
  });
});

describe('session', () => {
  it('refuses every permission request and check but clipboard writing', () => {
    const session = fakeSession();
    applySessionSecurity(session as unknown as Session, APP, vi.fn());
    const requestHandler = session.setPermissionRequestHandler.mock.calls[0]?.[0];
    const checkHandler = session.setPermissionCheckHandler.mock.calls[0]?.[0];
    const ownPage = { requestingUrl: 'app://naslag/index.html', isMainFrame: true };
    const request = (permission: string, details = ownPage) => {
      const callback = vi.fn();
      requestHandler({}, permission, callback, details);
      return callback.mock.calls[0]?.[0];
    };

    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
      'hid',
      'unknown',
    ]) {
      expect(request(permission), permission).toBe(false);
      expect(checkHandler(null, permission, APP, ownPage), permission).toBe(false);
    }
    expect(request('clipboard-sanitized-write')).toBe(true);
    expect(checkHandler(null, 'clipboard-sanitized-write', APP, { isMainFrame: true })).toBe(true);
  });

  it('refuses clipboard writing to other origins and to subframes', () => {
    const ownPage = { requestingUrl: 'app://naslag/index.html', isMainFrame: true };
    expect(isPermissionGranted('clipboard-sanitized-write', ownPage, APP)).toBe(true);
    expect(
      isPermissionGranted(
        'clipboard-sanitized-write',
        { requestingUrl: 'https://example.org/', isMainFrame: true },
        APP,
      ),
    ).toBe(false);
    expect(
      isPermissionGranted('clipboard-sanitized-write', { ...ownPage, isMainFrame: false }, APP),
    ).toBe(false);
  });

  it('cancels every web request outside the app and reports it', () => {
    const session = fakeSession();
    const onBlocked = vi.fn();
    applySessionSecurity(session as unknown as Session, APP, onBlocked);
    const listener = session.webRequest.onBeforeRequest.mock.calls[0]?.[0];
    const decide = (url: string) => {
      const callback = vi.fn();
      listener({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };

    expect(decide('app://naslag/assets/index.js')).toEqual({ cancel: false });
    expect(decide('devtools://devtools/bundled/inspector.html')).toEqual({ cancel: false });
    for (const url of [
      'https://fonts.googleapis.com/css',
      'http://127.0.0.1:8080/',
      'wss://example.org/socket',
      'file:///etc/passwd',
      'app://other/index.html',
    ]) {
      expect(decide(url)).toEqual({ cancel: true });
    }
    expect(onBlocked).toHaveBeenCalledWith('https://fonts.googleapis.com/css');
    expect(onBlocked).toHaveBeenCalledTimes(5);
  });

  it('allows blobs of its own origin and, in development, the dev server socket', () => {
    expect(isAllowedRequest('blob:app://naslag/2b1c', APP)).toBe(true);
    expect(isAllowedRequest('blob:https://example.org/2b1c', APP)).toBe(false);
    expect(isAllowedRequest('data:image/png;base64,AAAA', APP)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', APP)).toBe(false);
  });
});
