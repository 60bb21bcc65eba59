import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// The loader's automatic retries (1 s, then 2 s) would hide the error screens these tests look at.
globalThis.__KP_LOAD_LIMITS__ = { retries: 0 };
