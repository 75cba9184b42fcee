// Bundle an entry into one minified ESM file with production React: what npx downloads and runs.
// Used by `npm run build` for the CLI, and by the benchmark for its bare Ink app.
import {build} from 'esbuild';

export const bundleOptions = {
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"'},
	alias: {'react-devtools-core': new URL('devtools-stub.mjs', import.meta.url).pathname},
	// signal-exit and others require() Node's built-ins, which ESM output does not provide.
	banner: {
		js: "import {createRequire} from 'node:module'; const require = createRequire(import.meta.url);",
	},
	logLevel: 'warning',
};

export async function bundle(entry, outfile) {
	await build({...bundleOptions, entryPoints: [entry], outfile});
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
	const [entry = 'source/cli.tsx', outfile = 'dist/cli.js'] = process.argv.slice(2);
	await bundle(entry, outfile);
}
