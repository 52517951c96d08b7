// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useOnLeaving } from './use-on-leaving';

afterEach(cleanup);

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

function Typing({ text, kept }: { text: string; kept: string[] }) {
  useOnLeaving(() => kept.push(text));
  return <p>{text}</p>;
}

describe('useOnLeaving', () => {
  it('finishes with the latest words when the window closes or is hidden, and not when shown', () => {
    const kept: string[] = [];
    const { rerender, unmount } = render(<Typing text="Eerste" kept={kept} />);
    rerender(<Typing text="Eerste woorden" kept={kept} />);
    window.dispatchEvent(new Event('pagehide'));
    setVisibility('hidden');
    setVisibility('visible');
    expect(kept).toEqual(['Eerste woorden', 'Eerste woorden']);
    unmount();
    window.dispatchEvent(new Event('pagehide'));
    expect(kept).toHaveLength(2);
  });
});
