// What every page's useShareAppMessage returns (weapp; H5 has no share menu): kept apart from share.tsx so the
// pages that only need the card's message do not load the share UI.

/**
 * weapp: every share card's image, a bundled neutral picture (client/src/assets/share-card.png, copied into the
 * build by config/index.ts; scripts/share-card.ts draws it). Without imageUrl WeChat uses a screenshot of the
 * screen, which can show what the shared snapshot leaves out (prices from the monthly base, the pension card).
 */
export const SHARE_IMAGE = '/assets/share-card.png';

/** What useShareAppMessage returns: the title (a snapshot's own, or the app's), the path, the neutral image. */
export function shareMessage(title: string, path: string): { title: string; path: string; imageUrl: string } {
  return { title, path, imageUrl: SHARE_IMAGE };
}
