/**
 * Serves a snapshot of the built site (`npm run build` must have run: `npm run test:e2e` does it)
 * on E2E_PORT with a plain static server, as any static host would, and stops it afterwards. The
 * snapshot keeps a rebuild during the run from changing the site under the tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, snapshotBuild, type Served } from '../../scripts/serve-static';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 4180);

let server: Served | undefined;
let dir: string | undefined;

export async function setup() {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khareeta-e2e-'));
	snapshotBuild(process.env.E2E_BUILD_DIR ?? 'build', dir);
	server = await serve([['/', dir]], { port: E2E_PORT });
}

export async function teardown() {
	await server?.close();
	if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
