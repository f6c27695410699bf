/**
 * Serves a snapshot of the built test site (`npm run build:test` must have run: `npm run test:e2e`
 * does it)
 * on E2E_PORT with a plain static server, as any static host would, and stops it afterwards. The
 * snapshot keeps a rebuild during the run from changing the site under the tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, snapshotBuild, type Served } from '../../scripts/serve-static';
import { BUILD_DIR } from './build-dir';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 4180);

let server: Served | undefined;
let dir: string | undefined;

export async function setup() {
	if (!fs.existsSync(path.join(BUILD_DIR, 'index.html')))
		throw new Error(`No site in ${BUILD_DIR}/: run \`npm run build:test\` first`);
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khareeta-e2e-'));
	snapshotBuild(BUILD_DIR, dir);
	server = await serve([['/', dir]], { port: E2E_PORT });
}

export async function teardown() {
	await server?.close();
	if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
