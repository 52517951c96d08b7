import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFromArgv } from './command-line';

const cwd = path.resolve('/home/u/werk');

describe('dataDirFromArgv', () => {
  it('reads both spellings of --data-dir, resolved against the working folder', () => {
    expect(dataDirFromArgv(['electron', '.', '--data-dir=/tmp/naslag-test'], cwd)).toBe(
      path.resolve('/tmp/naslag-test'),
    );
    expect(dataDirFromArgv(['naslag', '--data-dir', 'profiel'], cwd)).toBe(
      path.join(cwd, 'profiel'),
    );
  });

  it('is null without the option or without a value', () => {
    expect(dataDirFromArgv(['electron', '.'], cwd)).toBeNull();
    expect(dataDirFromArgv(['electron', '--data-dir'], cwd)).toBeNull();
    expect(dataDirFromArgv(['electron', '--data-dir=', '.'], cwd)).toBeNull();
    expect(dataDirFromArgv(['electron', '--data-dir', '--inspect'], cwd)).toBeNull();
  });
});
