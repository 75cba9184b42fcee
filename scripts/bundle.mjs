// Build what npx downloads and runs: `npm run build` writes dist/cli.js (the command), beside it
// dist/program.js (the whole tool: minified, production React, one script) and dist/yoga.wasm.
//
// The start-up is what this build is about (measured with node --cpu-prof, see bench/run.mjs):
// - one script, not a module with chunks: each further file cost a module resolution, a file read
//   and a turn of the event loop before the first frame; code that only some runs need (meow for
//   flags, the report, replay) is evaluated only when used, as esbuild does for import();
// - the program is the body of an async function, compiled by cli.js with V8's code cache
//   (scripts/entry.mjs): Node 20 has none for modules, and compiling was a third of the start;
//   so Node's built-ins are require()d and import.meta is a parameter;
// - yoga-layout fetches its own WebAssembly from a data: URI, which loads undici, Node's fetch
//   (20 to 35 ms); here it compiles yoga.wasm, read from beside the program, at once;
// - string-width compiles its emoji expressions (20 to 90 ms); here it loads on first use, and
//   text made of simple characters is measured without it (source/diagram/fast-width.ts);
// - the first Intl.Segmenter loads ICU's break rules (15 to 45 ms), and Ink splits every line into
//   graphemes with one; here simple text is split without it (shims/fast-segmenter.ts);
// - Ink cuts each line of each frame into styled characters and joins them again, a character at
//   a time; plain text takes a short cut (shims/fast-ansi-tokenize.ts);
// - the message catalogs are JSON.parse calls, not object literals (json-catalogs below);
// - meow without the parts tcp-tui never reaches (lean-meow below), a third less to download.
// Where a change depends on a package's code, the build checks that code and fails, naming the
// change, if an update changed it: better than shipping a slower start unnoticed.
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {isBuiltin} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {isDeepStrictEqual} from 'node:util';
import * as esbuild from 'esbuild';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const stub = here('devtools-stub.mjs');
const fastWidth = here('../source/diagram/fast-width.ts');
const fastSegmenter = here('shims/fast-segmenter.ts');
const fastAnsiTokenize = here('shims/fast-ansi-tokenize.ts');
const entryTemplate = here('entry.mjs');
const restoreCursor = here('../source/restore-cursor.ts');

/** A file of an installed package, found from its entry (its exports may not list the file). */
function packageFile(name, file) {
	let directory = path.dirname(fileURLToPath(import.meta.resolve(name)));
	while (!existsSync(path.join(directory, 'package.json'))) directory = path.dirname(directory);
	return path.join(directory, file);
}

/** Where `snippet` occurs in `text`; it must occur exactly once. */
function findOnce(text, snippet, change) {
	const at = text.indexOf(snippet);
	if (at === -1 || text.includes(snippet, at + 1)) {
		throw new Error(
			`scripts/bundle.mjs: the code that the ${change} change expects is not there once (${JSON.stringify(snippet.slice(0, 70))}); an update changed it: update the change`,
		);
	}
	return at;
}

/** `text` with `from`, which must occur exactly once, replaced by `to`. */
function replaceOnce(text, from, to, change) {
	const at = findOnce(text, from, change);
	return text.slice(0, at) + to + text.slice(at + from.length);
}

/**
 * Node's built-ins, by require(): the program is a script, which cannot import. esbuild turns each
 * `import … from 'node:fs'` into a property read on the module that require() returns, and an
 * import() of a built-in into a require() when it runs.
 */
const builtinsByRequire = {
	name: 'builtins-by-require',
	setup(build) {
		build.onResolve({filter: /^[\w:/]+$/}, ({path: name, namespace}) => {
			if (!isBuiltin(name)) return undefined;
			return namespace === 'builtin'
				? {path: name, external: true}
				: {path: name, namespace: 'builtin'};
		});
		build.onLoad({filter: /.*/, namespace: 'builtin'}, ({path: name}) => ({
			contents: `module.exports = require(${JSON.stringify(name)});`,
			loader: 'js',
		}));
	},
};

/**
 * Ink and its helpers measure text with string-width; they get the faster wrapper around it, and the
 * wrapper gets string-width only when a text needs it: esbuild evaluates a module that is reached
 * only by require() when the require runs.
 */
const fasterStringWidth = {
	name: 'faster-string-width',
	setup(build) {
		const stringWidth = packageFile('string-width', 'index.js');
		build.onResolve({filter: /^string-width$/}, ({importer}) =>
			importer === fastWidth
				? {path: 'string-width', namespace: 'lazy-string-width'}
				: {path: fastWidth},
		);
		build.onLoad({filter: /.*/, namespace: 'lazy-string-width'}, () => ({
			contents: [
				'let stringWidth;',
				'export default function lazyStringWidth(text, options) {',
				`\tstringWidth ??= require(${JSON.stringify(stringWidth)}).default;`,
				'\treturn stringWidth(text, options);',
				'}',
			].join('\n'),
			loader: 'js',
			resolveDir: path.dirname(stringWidth),
		}));
	},
};

/**
 * Ink cuts each line of each frame into styled characters, and joins them again, with
 * @alcalzone/ansi-tokenize; it gets the wrapper with short cuts for plain text
 * (shims/fast-ansi-tokenize.ts), and the wrapper gets the library.
 */
const fasterAnsiTokenize = {
	name: 'faster-ansi-tokenize',
	setup(build) {
		build.onResolve({filter: /^@alcalzone\/ansi-tokenize$/}, ({importer}) =>
			importer === fastAnsiTokenize ? undefined : {path: fastAnsiTokenize},
		);
	},
};

const yogaLoader = () => packageFile('yoga-layout', 'dist/binaries/yoga-wasm-base64-esm.js');

/** yoga-layout's loader, its data: URI, and the WebAssembly in it. */
function readYoga() {
	const text = readFileSync(yogaLoader(), 'utf8');
	findOnce(text, 'if(h.instantiateWasm)try{return h.instantiateWasm(', 'sync-yoga');
	// The one long data: URI (the loader also tests strings for the short prefix).
	const uris = text.match(/"data:application\/octet-stream;base64,[A-Za-z\d+/=]{1000,}"/g) ?? [];
	const [dataUri] = uris;
	if (uris.length !== 1) findOnce('', 'one "data:application/octet-stream;base64,…"', 'sync-yoga');
	return {text, dataUri, wasm: Buffer.from(dataUri.slice(dataUri.indexOf(',') + 1, -1), 'base64')};
}

/**
 * yoga-layout's loader fetches its WebAssembly from a data: URI when `fetch` exists, as it does in
 * Node 18+, and merely naming `fetch` loads undici. Emscripten lets the caller instantiate the
 * module instead (`instantiateWasm`): here yoga.wasm, beside the program, is read and compiled
 * synchronously, and the loader keeps no copy of it.
 */
const syncYoga = {
	name: 'sync-yoga',
	setup(build) {
		build.onResolve({filter: /^yoga-layout$/}, () => ({
			path: 'yoga-layout',
			namespace: 'sync-yoga',
		}));
		build.onLoad({filter: /.*/, namespace: 'sync-yoga'}, () => ({
			resolveDir: packageFile('yoga-layout', 'dist/src'),
			loader: 'js',
			contents: [
				"import {readFileSync} from 'node:fs';",
				`import loadYoga from ${JSON.stringify(yogaLoader())};`,
				"import wrapAssembly from './wrapAssembly.js';",
				"export * from './generated/YGEnums.js';",
				"const bytes = readFileSync(new URL('./yoga.wasm', import.meta.url));",
				'const Yoga = wrapAssembly(await loadYoga({',
				'\tinstantiateWasm(imports, receive) {',
				'\t\tconst instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), imports);',
				'\t\treceive(instance);',
				'\t\treturn instance.exports;',
				'\t},',
				'}));',
				'export default Yoga;',
			].join('\n'),
		}));
		build.onLoad({filter: /[\\/]yoga-wasm-base64-esm\.js$/}, () => {
			const {text, dataUri} = readYoga();
			return {contents: text.replace(dataUri, '""'), loader: 'js'};
		});
	},
};

/**
 * meow, as tcp-tui uses it. Two parts of meow's bundled dependencies are set up as meow loads, and
 * are half of its size: normalize-package-data (with semver, the SPDX licence list and
 * hosted-git-info), which meow applies only when `cli.pkg` is read, and tcp-tui never reads it; and
 * Babel's code frame, which parse-json adds to the error when package.json is not JSON, and
 * tcp-tui's own package.json is. Here the first is left out and the second becomes the bare
 * message: 30 kB less to download, and less to load before flags are read.
 */
const leanMeow = {
	name: 'lean-meow',
	setup(build) {
		build.onLoad({filter: /[\\/]meow[\\/]build[\\/]dependencies\.js$/}, ({path: file}) => {
			let text = readFileSync(file, 'utf8');
			text = replaceOnce(
				text,
				'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);',
				'const normalizePackageData = () => {};',
				'lean-meow',
			);
			text = replaceOnce(
				text,
				'var libExports = requireLib$1();',
				'var libExports = {codeFrameColumns: () => undefined};',
				'lean-meow',
			);
			return {contents: text, loader: 'js'};
		});
	},
};

/**
 * The message catalogs are data, but as code V8 compiles every string of them into the object
 * literals' bytecode before the first frame. Built into JSON.parse calls instead, they load two to
 * four times faster (V8's advice for large literals). Each catalog module is run here at build time
 * and each of its exports written as JSON; an export that JSON cannot carry fails the build.
 */
const jsonCatalogs = {
	name: 'json-catalogs',
	setup(build) {
		build.onLoad({filter: /[\\/]source[\\/]i18n[\\/](en|zh)\.ts$/}, async ({path: file}) => {
			const result = await esbuild.build({
				entryPoints: [file],
				bundle: true,
				format: 'esm',
				platform: 'node',
				write: false,
				logLevel: 'silent',
			});
			const code = Buffer.from(result.outputFiles[0].text).toString('base64');
			const exports = await import(`data:text/javascript;base64,${code}`);
			const lines = [];
			for (const [name, value] of Object.entries(exports)) {
				const json = JSON.stringify(value);
				if (!isDeepStrictEqual(JSON.parse(json), value)) {
					throw new Error(
						`scripts/bundle.mjs: ${path.relative(process.cwd(), file)} exports ${name}, which is not plain JSON data; the json-catalogs change cannot build it`,
					);
				}
				// Pure: a catalog no code uses (zhCore, for tests) is left out.
				lines.push(`export const ${name} = /* @__PURE__ */ JSON.parse(${JSON.stringify(json)});`);
			}
			return {contents: lines.join('\n'), loader: 'js'};
		});
	},
};

export const bundleOptions = {
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	// Node 20 has the regular expression v flag; lowered, each such expression is compiled as the
	// program loads instead of when first used.
	supported: {'regexp-set-notation': true},
	minify: true,
	legalComments: 'none',
	// Chinese messages, box drawing and arrows as UTF-8, not \u escapes: smaller, and less to parse.
	charset: 'utf8',
	define: {
		'process.env.NODE_ENV': '"production"',
		'Intl.Segmenter': 'FastSegmenter',
		'import.meta': '__importMeta',
		'import.meta.url': '__importMeta.url',
	},
	inject: [fastSegmenter],
	// Ink loads its devtools (and their WebSocket library) only when DEV=true; neither is shipped.
	// Never an escape code into a stderr that is a file (see source/restore-cursor.ts).
	alias: {'react-devtools-core': stub, ws: stub, 'restore-cursor': restoreCursor},
	plugins: [
		builtinsByRequire,
		fasterStringWidth,
		fasterAnsiTokenize,
		syncYoga,
		leanMeow,
		jsonCatalogs,
	],
	logLevel: 'warning',
};

/**
 * Writes `outfile` (the command), and beside it program.js and yoga.wasm. Returns the program's
 * esbuild metafile.
 */
export async function bundle(entry, outfile) {
	const outdir = path.dirname(outfile);
	const program = path.join(outdir, 'program.js');
	const result = await esbuild.build({
		...bundleOptions,
		entryPoints: [entry],
		outfile: program,
		write: false,
		metafile: true,
	});
	// A script has no import statements and no import(): anything left would fail only when run.
	const [output] = Object.values(result.metafile.outputs);
	const imports = output.imports.filter(({kind}) => kind !== 'require-call');
	if (imports.length > 0) {
		throw new Error(
			`scripts/bundle.mjs: the program still imports ${imports.map(({path: name}) => name).join(', ')}; a script cannot`,
		);
	}
	const code = result.outputFiles[0].text.replace(/^#!.*\n/, '');
	const text = `// tcp-tui, run by cli.js (scripts/entry.mjs): the body of an async function, not a module.\n${code}`;
	const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
	const command = replaceOnce(
		readFileSync(entryTemplate, 'utf8'),
		"const build = {program: './program.js', hash: 'unbuilt'};",
		`const build = {program: './program.js', hash: '${hash}'};`,
		'entry',
	).replace('// Replaced by scripts/bundle.mjs.\n', '');
	mkdirSync(outdir, {recursive: true});
	// The chunks of earlier builds.
	rmSync(path.join(outdir, 'chunks'), {recursive: true, force: true});
	writeFileSync(program, text);
	writeFileSync(path.join(outdir, 'yoga.wasm'), readYoga().wasm);
	writeFileSync(outfile, command, {mode: 0o755});
	return result.metafile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const [entry = 'source/cli.tsx', outfile = 'dist/cli.js'] = process.argv.slice(2);
	await bundle(entry, outfile);
}
