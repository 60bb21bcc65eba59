import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { i18n } from '../../src/lib/i18n';

afterEach(() => {
  cleanup();
  // Each test starts in English with nothing remembered.
  localStorage.clear();
  void i18n.changeLanguage('en');
});

// The loader's automatic retries (1 s, then 2 s) would hide the error screens these tests look at.
globalThis.__KP_LOAD_LIMITS__ = { retries: 0 };

// Lazy views load their chunk on first visit; on a busy 2-core CI machine that can take longer
// than Testing Library's 1 s default, which made "find" queries fail while the app was fine.
configure({ asyncUtilTimeout: 5000 });
