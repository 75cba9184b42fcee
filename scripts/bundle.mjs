// Bundle an entry into minified ESM with production React: what npx downloads and runs.
// Code that only some runs need (meow for flags, the report, …) goes into chunks loaded on demand,
// so that a plain start parses less. Used by `npm run build` for the CLI, and by the benchmark for
// its bare Ink app.
import {rmSync} from 'node:fs';
import path from 'node:path';
import {build} from 'esbuild';

const stub = new URL('devtools-stub.mjs', import.meta.url).pathname;
const fastWidth = new URL('../source/diagram/fast-width.ts', import.meta.url).pathname;
const restoreCursor = new URL('../source/restore-cursor.ts', import.meta.url).pathname;

/** Ink and its helpers measure text with string-width; they get the faster wrapper around it. */
const fasterStringWidth = {
	name: 'faster-string-width',
	setup(build) {
		build.onResolve({filter: /^string-width$/}, ({importer}) =>
			importer === fastWidth ? undefined : {path: fastWidth},
		);
	},
};

export const bundleOptions = {
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: true,
	splitting: true,
	chunkNames: 'chunks/[name]-[hash]',
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink loads its devtools (and their WebSocket library) only when DEV=true; neither is shipped.
	// Never an escape code into a stderr that is a file (see source/restore-cursor.ts).
	alias: {'react-devtools-core': stub, ws: stub, 'restore-cursor': restoreCursor},
	// signal-exit and others require() Node's built-ins, which ESM output does not provide.
	banner: {
		js: "import {createRequire} from 'node:module'; const require = createRequire(import.meta.url);",
	},
	plugins: [fasterStringWidth],
	logLevel: 'warning',
};

/** Writes `outfile`, and its chunks in a `chunks` folder beside it (old chunks are removed). */
export async function bundle(entry, outfile) {
	const outdir = path.dirname(outfile);
	rmSync(path.join(outdir, 'chunks'), {recursive: true, force: true});
	await build({
		...bundleOptions,
		entryPoints: {[path.basename(outfile, '.js')]: entry},
		outdir,
	});
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
	const [entry = 'source/cli.tsx', outfile = 'dist/cli.js'] = process.argv.slice(2);
	await bundle(entry, outfile);
}
