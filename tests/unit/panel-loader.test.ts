import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { START_PANEL } from '../../lib/messages/names';
import { loadPanelFor } from '../../lib/extension/panel-loader';

function spyOnInjection() {
  const executeScript = vi.fn(async () => []);
  Object.assign(fakeBrowser, { scripting: { ...fakeBrowser.scripting, executeScript } });
  return executeScript;
}

describe('loading the panel where a detector found one of our roles', () => {
  it('loads the panel’s script into exactly the tab and frame that asked', async () => {
    const executeScript = spyOnInjection();
    await loadPanelFor({ type: START_PANEL }, { id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 3 });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: ['/content-scripts/role-lens.js'] });
  });

  it('targets the very document that asked, where the browser names it', async () => {
    const executeScript = spyOnInjection();
    await loadPanelFor({ type: START_PANEL }, { id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 3, documentId: 'doc-1' });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, documentIds: ['doc-1'] }, files: ['/content-scripts/role-lens.js'] });
  });

  it.each([
    ['another extension', { type: START_PANEL }, { id: 'someone-else', tab: { id: 7 }, frameId: 0 }],
    ['no tab (an extension page)', { type: START_PANEL }, { id: 'self' }],
    ['no frame', { type: START_PANEL }, { id: 'self', tab: { id: 7 } }],
    ['another message', { type: 'role-lens/get-posting' }, { id: 'self', tab: { id: 7 }, frameId: 0 }],
    ['garbage', 'start', { id: 'self', tab: { id: 7 }, frameId: 0 }],
  ])('ignores %s', async (_case, message, sender) => {
    const executeScript = spyOnInjection();
    await loadPanelFor(message, { ...sender, id: sender.id === 'self' ? fakeBrowser.runtime.id : sender.id });
    expect(executeScript).not.toHaveBeenCalled();
  });
});
