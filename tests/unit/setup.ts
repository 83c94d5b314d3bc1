// Shared set-up for unit and component tests: WXT's in-memory browser API, reset per test.
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});
