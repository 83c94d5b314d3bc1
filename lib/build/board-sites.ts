// Build time: serves the registry's boards without their selectors as `virtual:board-sites`, so
// extension pages list boards and match their sites without bundling any board's reader.
import type { Plugin } from 'vite';
import { BOARDS } from '../boards/registry';
import type { BoardSummary } from '../boards/sites';

const MODULE_ID = 'virtual:board-sites';

export function boardSitesPlugin(): Plugin {
  return {
    name: 'role-lens:board-sites',
    resolveId: (id) => (id === MODULE_ID ? `\0${MODULE_ID}` : undefined),
    load(id) {
      if (id !== `\0${MODULE_ID}`) return undefined;
      const summaries: BoardSummary[] = BOARDS.map(({ id: boardId, label, sites }) => ({ id: boardId, label, sites }));
      return `export default ${JSON.stringify(summaries)};`;
    },
  };
}
