/** Debian's Chromium (`apt-get install -y chromium`): the one browser every check here drives. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Headless and quiet: no sandbox (CI runs as root), no GPU, and nothing that reaches for the
 * network on its own, which this machine could not answer anyway.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
