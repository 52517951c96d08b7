// The contract's channel names alone, free of schemas, so the preload that
// checks them stays a few lines of code instead of bundling the validator.
export const CHANNELS = [
  'app:info',
  'store:status',
  'settings:get',
  'settings:update',
  'reading:get',
  'reading:set',
  'notes:list',
  'notes:save',
  'notes:delete',
  'drafts:list',
  'drafts:save',
  'drafts:delete',
  'notes:import',
  'notes:export',
  'brief:printToPdf',
  'external:open',
] as const;

export type Channel = (typeof CHANNELS)[number];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name);
}
