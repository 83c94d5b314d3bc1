// Build time: drops the `serves` notes from the boards' selector tables. They document which
// layout and date each selector serves, for people and the registry test; the browser never
// reads them, and every board page would otherwise download them in the detector.
import type { Plugin } from 'vite';

const NOTE = /,\s*serves:\s*'(?:[^'\\\n]|\\.)*'/g;

export function stripSelectorNotesPlugin(): Plugin {
  return {
    name: 'role-lens:strip-selector-notes',
    enforce: 'pre',
    transform(code, id) {
      return /\/lib\/boards\/[^/]+\.ts$/.test(id) ? { code: code.replace(NOTE, ''), map: null } : undefined;
    },
  };
}
