// The extension's message names, apart from their zod schemas (./messages) so that the detector
// can send one without bundling zod: it receives nothing, so it validates nothing.
export const GET_POSTING = 'role-lens/get-posting';

/** From a page's detector to the background: this page shows one of our roles, load the panel. */
export const START_PANEL = 'role-lens/start-panel';
