import {availableParallelism} from 'node:os';
import {fileURLToPath} from 'node:url';
import {createLogger} from 'vite';
import {defineConfig} from 'vitest/config';

/**
 * Workers: three more than the CPUs. Vitest's default is one fewer, which on a 2-CPU machine is a
 * single worker running every file in turn. Many files spend much of their time waiting rather
 * than computing (for the built CLI they spawn, for tmux to draw, for a kernel capture or
 * packetdrill), and the spare workers fill that time: on this 2-CPU machine a whole run took 130 s
 * with 3 workers and 116 s with 5, and less CPU time.
 */
const workers = availableParallelism() + 3;

/**
 * Ink measures text with string-width; the bundle the CLI ships gives it source/diagram/fast-width.ts
 * instead (scripts/bundle.mjs), and so do the tests, so that the Ink they render with measures as
 * the shipped one does, in a fraction of the time. The same goes for the module that cuts Ink's
 * output into styled characters (scripts/shims/fast-ansi-tokenize.ts). Only the packages get it: the project's own
 * modules and tests import the real string-width as before (test/diagram holds fast-width to it).
 */
const fastWidth = fileURLToPath(new URL('source/diagram/fast-width.ts', import.meta.url));
/** Ink's output is cut into styled characters and joined again with this, as in the bundle too. */
const fastAnsiTokenize = fileURLToPath(
	new URL('scripts/shims/fast-ansi-tokenize.ts', import.meta.url),
);
const shims: Readonly<Record<string, string>> = {
	'string-width': fastWidth,
	'@alcalzone/ansi-tokenize': fastAnsiTokenize,
};
const fasterText = {
	name: 'faster-text',
	enforce: 'pre' as const,
	resolveId(id: string, importer?: string) {
		const fromPackage = importer?.includes('/node_modules/') ?? false;
		return fromPackage && Object.hasOwn(shims, id) ? shims[id] : null;
	},
};
/**
 * Ink, the packages of Ink's that import string-width, and those that import Ink (one Ink for
 * all), loaded through Vite so that the plugin above applies to them.
 */
const throughVite = [
	'ink',
	'ink-testing-library',
	'ink-select-input',
	'widest-line',
	'wrap-ansi',
	'cli-truncate',
];

/** Vite's logger, without the warning that Ink's published source maps name files it leaves out. */
const logger = createLogger();
const customLogger = {
	...logger,
	warnOnce(message: string, options?: Parameters<typeof logger.warnOnce>[1]) {
		if (!message.includes('points to missing source files')) logger.warnOnce(message, options);
	},
};

export default defineConfig({
	customLogger,
	plugins: [fasterText],
	// React's production build, as the bundle ships it (NODE_ENV below): JSX compiles to jsx(), not
	// to the development build's jsxDEV().
	esbuild: {jsxDev: false},
	test: {
		env: {
			FORCE_COLOR: '0',
			// Ink draws only the last frame when it believes it runs in CI; the view tests are about
			// what a person sees, so they get the interactive Ink on a CI machine too.
			CI: 'false',
			CONTINUOUS_INTEGRATION: 'false',
			// The React the CLI runs (scripts/bundle.mjs defines it). The development build's extra
			// bookkeeping took a quarter of the screen tests' time, and no test reads its warnings.
			NODE_ENV: 'production',
		},
		// Files run side by side, on a machine others may be using too: a test that computes for 5 s
		// can take several times that on the clock. The limit is there to stop a test that hangs.
		testTimeout: 60_000,
		server: {deps: {inline: throughVite}},
		// Child processes rather than threads: many tests start processes (the CLI, tmux), and a
		// spawn costs more the bigger the process that forks, so small workers spawn for less than
		// one big process holding every worker's thread. Measured, a whole run took less CPU.
		pool: 'forks',
		maxWorkers: workers,
		// The files a worker runs share one module graph: Ink, React and the engine are loaded once
		// per worker rather than once per file. No test mocks a module or stubs a global, and the
		// sources keep no state between calls (the language included: it is passed, never set).
		isolate: false,
		projects: [
			{
				extends: true,
				test: {
					name: 'tests',
					include: ['test/**/*.test.{ts,tsx}'],
					exclude: ['test/package.test.ts'],
				},
			},
			{
				// `npm pack` runs the prepack build, which rewrites dist/ while it runs: no test that
				// starts the built CLI may run meanwhile, so this file runs after all of them.
				extends: true,
				test: {
					name: 'package',
					include: ['test/package.test.ts'],
					sequence: {groupOrder: 1},
				},
			},
		],
	},
});
