// How every browser run of the project launches Chromium: Debian's, headless, no sandbox,
// no GPU, nothing in the background. One place for the page tests (playwright.config.js),
// the benches (tests/bench/browser.js) and Lighthouse (tests/bench/lighthouse.js).

/** Debian's Chromium, installed by `make setup`. */
const EXECUTABLE = '/usr/bin/chromium';

/** The command-line flags. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Playwright's launch options. */
const LAUNCH = { executablePath: EXECUTABLE, args: ARGS };

module.exports = { EXECUTABLE, ARGS, LAUNCH };
