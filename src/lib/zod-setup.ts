/**
 * zod compiles fast validators with `new Function` when it may. The built
 * app's Content-Security-Policy forbids eval, and zod's probe for it would be
 * reported as a policy violation, so validation on the page runs without
 * compiling (`jitless`): the same results, on the small records the page
 * validates (local changes, forms). The Web Worker that validates whole
 * datasets is not under the page's policy and keeps the fast path.
 *
 * This writes zod's global configuration object (what `z.config({ jitless:
 * true })` writes) without importing zod, which would put zod's internals into
 * the first page's JavaScript; test/unit/reliability.safety.test.ts checks that
 * zod reads it. Imported first by main.tsx, before anything builds a schema.
 */
declare global {
  var __zod_globalConfig: { jitless?: boolean } | undefined;
}

globalThis.__zod_globalConfig ??= {};
globalThis.__zod_globalConfig.jitless = true;

export {};
