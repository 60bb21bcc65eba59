/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy of the built app (docs/reliability.md). Only
 * scripts from the app's own origin run: no inline script, no injected
 * script, no eval, no plugins, no <base> rewriting.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // The dataset parser runs in a Web Worker built as a file of the app.
  "worker-src 'self' blob:",
  // `?data=<url>` may name a dataset on another server, over http or https.
  "connect-src 'self' http: https:",
  // The optional street-map tiles come from a tile server over https; small icons are inlined as data: URLs.
  "img-src 'self' data: https:",
  // React, Leaflet and Recharts set style attributes, and the printed report sets its @page rules in a <style>.
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "manifest-src 'self'",
].join('; ');

/**
 * Writes the policy into index.html as a <meta http-equiv> at build time only:
 * the dev server injects inline scripts (hot reload) that it would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'kp-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      // Before the app's scripts are added, right after the charset: a policy applies to what follows it.
      order: 'pre',
      handler(html) {
        const charset = '<meta charset="UTF-8" />';
        if (!html.includes(charset)) throw new Error(`index.html needs ${charset}: the Content-Security-Policy goes right after it`);
        return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
      },
    },
  };
}

/**
 * The first page's stylesheet (about 3 kB gzip), written into index.html
 * instead of linked, so the page can paint without waiting for a second
 * request (Lighthouse's render-blocking audit; on a slow link, a round trip).
 * The policy above allows inline styles.
 */
function inlineEntryStylesheet(): Plugin {
  return {
    name: 'kp-inline-entry-stylesheet',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset' || typeof page.source !== 'string') return;
      page.source = page.source.replace(/<link rel="stylesheet" crossorigin href="\/(assets\/[^"]+\.css)">/g, (tag, file: string) => {
        const css = bundle[file];
        return css && css.type === 'asset' ? `<style>${String(css.source)}</style>` : tag;
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), inlineEntryStylesheet()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/component/**/*.test.tsx'],
          setupFiles: ['test/component/setup.ts'],
        },
      },
    ],
  },
});
