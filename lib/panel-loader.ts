// The background's half of lazy loading: a page's detector reports one of our roles, and the
// panel's script is loaded into exactly that tab and frame.
import { browser } from 'wxt/browser';
import { startPanelRequestSchema } from './messages';

export const PANEL_SCRIPT_FILE = '/content-scripts/role-lens.js';

/** Who sent a message: only our own content scripts, in a tab, may ask for the panel. */
export interface MessageSender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Loads the panel's script for a valid request from one of our content scripts; ignores anything else. */
export async function loadPanelFor(message: unknown, sender: MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || tabId === undefined || !startPanelRequestSchema.safeParse(message).success) return;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [PANEL_SCRIPT_FILE] });
}
