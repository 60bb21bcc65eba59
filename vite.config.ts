/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

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
 * The tab's icon written into index.html as a data: address (build only), so a first visit does
 * not spend one of the browser's six connections on it while the app's code is on its way
 * (docs/performance.md). public/favicon.svg stays for the manifest and for bookmarks.
 */
function inlineFavicon(): Plugin {
  return {
    name: 'kp-inline-favicon',
    apply: 'build',
    transformIndexHtml(html) {
      const link = 'href="/favicon.svg"';
      if (!html.includes(link)) throw new Error(`index.html needs <link rel="icon" ${link}>: the build writes the icon into it`);
      const svg = readFileSync(new URL('./public/favicon.svg', import.meta.url), 'utf8').trim();
      return html.replace(link, `href="data:image/svg+xml,${encodeURIComponent(svg)}"`);
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
        if (!css || css.type !== 'asset') return tag;
        // The disabled <link> is never fetched nor applied; it tells Vite's loader of lazy views, which
        // looks for a <link> before adding one, that this stylesheet is already here. Without it a view
        // sharing code with the entry would add it again, after its own CSS, overriding that CSS
        // (the printed report's rules, for one).
        return `<style>${String(css.source)}</style>\n    <link rel="stylesheet" href="/${file}" disabled>`;
      });
    },
  };
}

/** The modules src/app/start.tsx imports, directly or not: the `app` chunk (below). */
const appModules = new Set<string>();

/**
 * Finds the modules of the `app` chunk once the module graph is known, before chunks are made:
 * what src/app/start.tsx imports statically, except what the page's entry (src/main.tsx)
 * imports itself, which stays with the entry so that it runs on arrival.
 */
function findAppModules(): Plugin {
  return {
    name: 'kp-app-modules',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const find = (pattern: RegExp) => ids.find((id) => pattern.test(id));
      const start = find(/[\\/]src[\\/]app[\\/]start\.tsx$/);
      const main = find(/[\\/]src[\\/]main\.tsx$/);
      if (!start || !main) return;
      const reach = (from: string, into: Set<string>) => {
        if (into.has(from)) return;
        into.add(from);
        this.getModuleInfo(from)?.importedIds.forEach((id) => reach(id, into));
      };
      const page = new Set<string>();
      reach(main, page);
      appModules.clear();
      reach(start, appModules);
      page.forEach((id) => appModules.delete(id));
    },
  };
}

/**
 * The app's chunk (src/app/start.tsx) and what it imports, preloaded by index.html, its
 * stylesheets written into the page (inlineEntryStylesheet, after this). The entry
 * (src/main.tsx) imports the app only dynamically, so it runs as soon as it arrives and asks for
 * the dataset and the view's code while the app and its libraries are on their way, rather than
 * after them (docs/performance.md, "The first visit"). The build fails if the entry comes to
 * import the libraries or the app's shared code statically, which would undo that.
 */
function preloadApp(): Plugin {
  let base = '/';
  return {
    name: 'kp-preload-app',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset' || typeof page.source !== 'string') return;
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const chunkOf = (pattern: RegExp) => chunks.find((c) => c.moduleIds.some((id) => pattern.test(id)));
      const app = chunkOf(/[\\/]src[\\/]app[\\/]start\.tsx$/);
      const entry = chunkOf(/[\\/]src[\\/]main\.tsx$/);
      if (!app || !entry) throw new Error('the build has no chunk for src/main.tsx or src/app/start.tsx');
      // Static imports, each after what it imports (the order stylesheets apply in).
      const closure = (from: string): string[] => {
        const seen = new Set<string>();
        const order: string[] = [];
        const visit = (file: string) => {
          if (seen.has(file)) return;
          seen.add(file);
          const chunk = bundle[file];
          if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
          order.push(file);
        };
        visit(from);
        return order;
      };
      const shared = closure(entry.fileName).filter((file) => /^assets\/(vendor|app)-/.test(file));
      if (shared.length > 0) throw new Error(`src/main.tsx must not import ${shared.join(', ')} statically (vite.config.ts, preloadApp)`);
      const html = page.source;
      const files = closure(app.fileName);
      const scripts = files.filter((file) => !html.includes(`"${base}${file}"`)).map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`);
      const styles = files
        .flatMap((file) => [...((bundle[file] as { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? [])])
        .filter((file, k, all) => all.indexOf(file) === k && !html.includes(`"${base}${file}"`))
        .map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`);
      page.source = html.replace('</head>', `  ${[...scripts, ...styles].join('\n    ')}\n  </head>`);
    },
  };
}

/**
 * The offline app shell (docs/reliability.md, "Offline"): a service worker,
 * generated at build time, keeps the built app (page, every JS chunk including
 * the lazy views, CSS, icon, manifest) and the embedded sample, so the
 * dashboard opens with no network after a first visit. Only these files: a
 * `?data=<url>` dataset is never cached here (it has its own offline copy,
 * src/lib/last-dataset-store.ts, which says when it was loaded).
 *
 * 'prompt': a new version waits until the person chooses to reload
 * (src/components/UpdateNotice.tsx); an open page keeps running the version
 * it started with, whose chunks stay cached until then. Registered from the
 * app's own code (src/lib/service-worker.ts), never by an inline script.
 */
function offlineAppShell() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'KP CAR Monitor — Kimberley Process CAR Monitoring Team',
      short_name: 'KP CAR Monitor',
      description: 'Dashboard for the Kimberley Process CAR Monitoring Team: compliant zones, importers\' notifications and quarterly reviews.',
      start_url: '/map',
      display: 'standalone',
      // The same as index.html's theme-color.
      theme_color: '#13294b',
      background_color: '#ffffff',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,webmanifest}', 'data/sample.json'],
      // Any route of the app (`/review/2021-Q3?data=…`) opens the page; a file (a path ending in a name with a dot) does not.
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^[^?]*\.[^/?]+(?:\?|$)/],
      // No runtimeCaching: remote datasets and the optional street-map tiles go to the network.
      // The first visit is controlled as soon as the worker is ready, so it already works offline.
      clientsClaim: true,
      cleanupOutdatedCaches: true,
    },
  });
}

/** The modules of the `view-kit` chunk (below): shared by views, not by the first paint. */
const VIEW_KIT = new RegExp([
  'components/(EmptyState|Notice|QuarterSelect)',
  'lib/(quarter-param|scrollable|quality-marks|names)',
  'core/(stats|flags|review|reviewSeries|reviewChecks|reviewRecord|zones)',
  'features/map/(mapStyle|messages|metrics|after-paint)',
].map((path) => `[\\\\/]src[\\\\/]${path.replaceAll('/', '[\\\\/]')}\\.tsx?$`).join('|'));

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), inlineFavicon(), findAppModules(), preloadApp(), inlineEntryStylesheet(), offlineAppShell()],
  build: {
    // Leaflet's stylesheet carries images for controls and a default marker the app never shows: as
    // files (never fetched) rather than written into the stylesheet, which would make it twice as large.
    assetsInlineLimit: (file) => (/[\\/]leaflet[\\/]dist[\\/]images[\\/]/.test(file) ? false : undefined),
    // Fewer, larger chunks than the automatic split: on a server without HTTP/2 a browser opens
    // at most six connections, and each request of a first visit waits for one (docs/performance.md).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The schema's validator (zod): for parsing a dataset (in the worker), saving and importing;
            // never in the chunks that only show a view.
            { name: 'schema', test: /node_modules[\\/]zod[\\/]|[\\/]src[\\/]core[\\/](schema|validation)\.ts$/ },
            // The CSV reader and writer (papaparse): the review's download only writes, so it must not
            // bring the notifications' CSV checks and the schema along, as a chunk shared with them did.
            { name: 'papaparse', test: /node_modules[\\/]papaparse[\\/]/ },
            // The libraries under recharts (d3, redux and the like): a chunk of their own, so that the
            // charts' code is evaluated in two tasks, not one long one (chartKit.tsx, loadCharts).
            { name: 'chart-libraries', test: /node_modules[\\/](d3-[a-z-]+|internmap|victory-vendor|decimal\.js-light|@reduxjs|immer|es-toolkit|redux|redux-thunk|reselect|react-redux|eventemitter3|react-is|clsx|tiny-invariant)[\\/]|[\\/]src[\\/]features[\\/]review[\\/]chartLibraries\.ts$/, includeDependenciesRecursively: false },
            // Small pieces several views share, none of them used before a view is asked for.
            { name: 'view-kit', test: VIEW_KIT, includeDependenciesRecursively: false },
            // The libraries every view needs. What only some views use stays in their chunks.
            { name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|react-router|i18next|@tanstack[\\/](query-core|react-query)|use-sync-external-store|idb)[\\/]/ },
            // The app (src/app/start.tsx and what it imports, found by findAppModules above): one request
            // beside the libraries, not a dozen small ones queueing for the browser's six connections.
            { name: 'app', test: (id) => appModules.has(id), includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    globals: true,
    // A test that opens a lazy view waits for its chunk; on a busy 2-core machine that takes seconds.
    testTimeout: 15_000,
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
