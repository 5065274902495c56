import { resolve } from 'node:path';

/** Shared by the config and the global setup, so both agree on where the stack listens. */
export const REPO_ROOT = resolve(__dirname, '../../..');
/** Where `node tools/build.mjs` put the server and web builds. */
export const DIST_DIR = resolve(process.env.E2E_DIST_DIR ?? resolve(REPO_ROOT, 'dist'));
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4310);
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 4325);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const SCREENSHOT_DIR = resolve(__dirname, '../screenshots');
export const DEMO_PASSWORD = 'campus-demo-pass';
