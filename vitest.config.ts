import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { boardSitesPlugin } from './lib/build/board-sites';
import { roleDataPlugin } from './lib/build/role-data';

export default defineConfig({
  plugins: [WxtVitest(), roleDataPlugin(new URL('./data/roles.json', import.meta.url)), boardSitesPlugin()],
  test: {
    environment: 'happy-dom',
    environmentOptions: {
      // Saved pages reference scripts and stylesheets on the boards' servers: never fetch them.
      happyDOM: {
        settings: {
          disableJavaScriptEvaluation: true,
          disableJavaScriptFileLoading: true,
          disableCSSFileLoading: true,
          handleDisabledFileLoadingAsSuccess: true,
        },
      },
    },
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    setupFiles: ['tests/unit/setup.ts'],
  },
});
