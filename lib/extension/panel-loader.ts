// The background's half of lazy loading: a page's detector reports one of our roles, and the
// panel's script is loaded into exactly that tab and frame.
import { browser } from 'wxt/browser';
import { startPanelRequestSchema } from '../messages/protocol';

export const PANEL_SCRIPT_FILE = '/content-scripts/role-lens.js';

/** Who sent a message: only our own content scripts, in a tab, may ask for the panel. */
export interface MessageSender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  /** The sending document (Chrome): a frame that has navigated since is left alone. */
  documentId?: string;
}

/** Loads the panel's script for a valid request from one of our content scripts; ignores anything else. */
export async function loadPanelFor(message: unknown, sender: MessageSender): Promise<void> {
  const { id, tab, frameId, documentId } = sender;
  if (id !== browser.runtime.id || tab?.id === undefined || frameId === undefined) return;
  if (!startPanelRequestSchema.safeParse(message).success) return;
  const target = documentId ? { tabId: tab.id, documentIds: [documentId] } : { tabId: tab.id, frameIds: [frameId] };
  await browser.scripting.executeScript({ target, files: [PANEL_SCRIPT_FILE] });
}
