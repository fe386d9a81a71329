// Debian chromium, started the one way that works on these machines (shared notes/toolchain.md): headless, no
// sandbox, and no background networking (the closed network refuses those connections). Used by the browser
// suites and by scripts/bench-h5.mjs.
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Headless Chromium now runs the browser's own UI code ("Headless mode shares code with Chrome",
      // https://developer.chrome.com/docs/automation-and-testing/headless; the old UI-less mode is the separate
      // chrome-headless-shell). Chromium 156 builds its omnibox popup, two WebUI pages (CDP targets of type
      // browser_ui: chrome://omnibox-popup.top-chrome/…, ~100 modules), in every new context; on 2 cores that took
      // 200–300 ms of CPU during each cold load of the app. A phone browser, the WeChat web view and
      // chrome-headless-shell do not put that work beside the page: off, so the H5 bench times the app.
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
    ],
  });
}
