#!/usr/bin/env node
// The tcp-tui command. scripts/bundle.mjs writes this file as dist/cli.js, beside the program
// (dist/program.js: the whole tool in one script, the body of an async function).
//
// Node parses and compiles a script of three quarters of a megabyte on every start, a third of
// the time to the first frame on a lab machine, and Node 20 keeps no compile cache for ES modules
// (Node 22.1 has module.enableCompileCache). So the program is compiled here with V8's code cache,
// kept in the user's cache folder: from the second start on, V8 reads the compiled code instead.
// The cache is named after the program's hash and Node's version (V8 checks the rest, and refuses
// a cache that does not fit, which is then written anew). It holds the functions a run compiled up
// to when it was taken. NODE_DISABLE_COMPILE_CACHE=1 turns it off, as for Node's own cache.
import {
	closeSync,
	fstatSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import {createRequire} from 'node:module';
import {homedir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {isatty} from 'node:tty';
import {fileURLToPath} from 'node:url';
import {Script} from 'node:vm';

// Replaced by scripts/bundle.mjs.
const build = {program: './program.js', hash: 'unbuilt'};

const programUrl = new URL(build.program, import.meta.url);
const programPath = fileURLToPath(programUrl);

/** The cache folder for this user, as the platform names it; undefined without a home. */
function cacheFolder() {
	const {env, platform} = process;
	const xdg = env.XDG_CACHE_HOME;
	let base;
	if (platform === 'win32') base = env.LOCALAPPDATA;
	else if (xdg && path.isAbsolute(xdg)) base = xdg;
	else {
		let home = '';
		try {
			home = homedir();
		} catch {
			// No HOME and no entry in the password file: no cache.
		}
		if (!home) return undefined;
		base = platform === 'darwin' ? path.join(home, 'Library', 'Caches') : path.join(home, '.cache');
	}
	return base && path.join(base, 'tcp-tui');
}

/** The cache file's bytes, if it is there and this user's own. */
function readCache(file) {
	let fd;
	try {
		fd = openSync(file, 'r');
		const {uid} = fstatSync(fd);
		if (process.getuid && uid !== process.getuid()) return undefined;
		return readFileSync(fd);
	} catch {
		return undefined;
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}

/**
 * Writes the cache whole or not at all. The folder keeps the newest few caches: those of other
 * versions (a global install and npx's) or of other Node versions, which are seldom many.
 */
function writeCache(folder, file, data) {
	const temporary = `${file}.${process.pid}.tmp`;
	try {
		mkdirSync(folder, {recursive: true, mode: 0o700});
		writeFileSync(temporary, data, {mode: 0o600});
		renameSync(temporary, file);
		const caches = readdirSync(folder)
			.filter((name) => name.endsWith('.cache'))
			.map((name) => path.join(folder, name))
			.map((cache) => ({cache, time: statSync(cache).mtimeMs}))
			.sort((a, b) => b.time - a.time);
		for (const {cache} of caches.slice(4)) rmSync(cache, {force: true});
	} catch {
		rmSync(temporary, {force: true});
	}
}

const disabled = ['1', 'true'].includes(process.env.NODE_DISABLE_COMPILE_CACHE ?? '');
const folder = disabled ? undefined : cacheFolder();
const file =
	folder && path.join(folder, `${build.hash}-node${process.version}-${process.arch}.cache`);

/** The program compiled, with the cache if there is one that fits; the cache's bytes are let go. */
function compile() {
	const cachedData = file ? readCache(file) : undefined;
	const source = readFileSync(programPath, 'utf8');
	// The program keeps its line numbers: its first line is a comment.
	const script = new Script(`(async function (require, __importMeta) {"use strict";${source}\n})`, {
		filename: programPath,
		cachedData,
	});
	return {
		script,
		fresh: cachedData === undefined || script.cachedDataRejected === true,
		cachedLength: cachedData?.length ?? 0,
	};
}

const {script, fresh, cachedLength} = compile();

if (folder && file) {
	let saved = false;
	const save = () => {
		if (saved) return;
		saved = true;
		try {
			const data = script.createCachedData();
			// The cache grows to what the runs use (the screen after a --help run), not more often.
			if (fresh || data.length > cachedLength * 1.05) writeCache(folder, file, data);
		} catch {
			// A cache is only ever a saving.
		}
	};
	// On a terminal, the cache is taken a second after the start, when the first screen is up: it
	// then holds what a start needs, and not much more (V8 reads all of it on every start). A
	// missing cache is written at the latest as the program ends.
	if (isatty(0) && isatty(1)) setTimeout(save, 1000).unref();
	if (fresh) process.once('exit', save);
}

await script.runInThisContext()(createRequire(programUrl), {
	url: programUrl.href,
	filename: programPath,
	dirname: path.dirname(programPath),
});
