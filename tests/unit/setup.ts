// Shared set-up for unit and component tests: WXT's in-memory browser API, speaking US English
// unless a test picks another language, and a clean DOM per test.
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useUiLanguage } from './ui-language';

useUiLanguage('en-US'); // for anything a test file works out as it loads

beforeEach(() => {
  fakeBrowser.reset();
  useUiLanguage('en-US');
});

afterEach(() => {
  cleanup();
});
