// Screenshots of the built app's routes for a person to look at:
//   npx vite build && node scripts/dev/screenshots.mjs [outDir] [width] [height]
// Starts `vite preview` on 127.0.0.1, shoots each route, stops the server it started.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [outDir = '/tmp/shots', width = '1366', height = '768'] = process.argv.slice(2);
const PORT = 4188;
const ROUTES = ['/map', '/notifications', '/review', '/review/2021-Q3', '/quality', '/present', '/nowhere',
  '/review/2031-Q9', '/map?data=/nothing-here.json', '/map?data=http://127.0.0.1:1/x.json'];

mkdirSync(outDir, { recursive: true });
const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
try {
  await new Promise((r) => setTimeout(r, 1500));
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  for (const route of ROUTES) {
    await page.goto(`http://127.0.0.1:${PORT}${route}`);
    await page.waitForTimeout(800);
    const name = route.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root';
    await page.screenshot({ path: `${outDir}/${name}.png`, fullPage: true });
    console.log(`${outDir}/${name}.png`);
  }
  await browser.close();
} finally {
  server.kill();
}
