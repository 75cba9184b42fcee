// Reads the students' results files; a file that cannot be used is skipped with a reason, never thrown.
import path from 'node:path';
import {readBounded} from '../bounded-read.js';
import {type Language, type MessageKey, t} from '../i18n/index.js';
import type {QuizResults} from '../quiz/results.js';
import {checkResults} from './validate-results.js';

export type ResultFile = {readonly path: string; readonly results: QuizResults};
export type SkippedFile = {readonly path: string; readonly reason: string};
export type ReadResults = {readonly results: ResultFile[]; readonly skipped: SkippedFile[]};
export type ReadFile = (path: string) => Buffer | string;

/** A results file is a few kilobytes; anything past this is not one, and is not read whole. */
export const resultsFileLimit = 16 * 1024 * 1024;

/** Thrown for a file the report will not read, with the reason's message, said by whoever catches it. */
class Refused extends Error {
	readonly key: MessageKey;
	readonly params: Readonly<Record<string, string>>;

	constructor(key: MessageKey, params: Readonly<Record<string, string>> = {}) {
		super(key);
		this.key = key;
		this.params = params;
	}
}

/** Only a regular file of at most 16 MiB is read: a FIFO, a device or a huge file is refused. */
export function readResultsFile(file: string): Buffer {
	const read = readBounded(file, resultsFileLimit);
	if (read.ok) return read.data;
	throw read.problem === 'notRegular'
		? new Refused('report.skip.notRegular')
		: new Refused('report.skip.tooLarge', {limit: '16 MiB'});
}

function readProblem(lang: Language, error: unknown): string {
	if (error instanceof Refused) return t(lang, error.key, error.params);
	const code = (error as {code?: unknown} | null)?.code;
	if (code === 'ENOENT' || code === 'ENOTDIR') return t(lang, 'report.skip.notFound');
	if (code === 'EISDIR') return t(lang, 'report.skip.directory');
	if (code === 'EACCES' || code === 'EPERM') return t(lang, 'report.skip.permission');
	const message = error instanceof Error ? error.message : String(error);
	const problem = typeof code === 'string' ? code : (message.split('\n')[0] ?? '');
	return t(lang, 'report.skip.unreadable', {problem});
}

// `tcp-tui --quiz --json > alice.json` in Windows PowerShell 5 writes UTF-16LE with a byte order mark.
function decode(data: Buffer | string): string {
	if (typeof data === 'string') return data.replace(/^\uFEFF/, '');
	if (data[0] === 0xff && data[1] === 0xfe) return data.subarray(2).toString('utf16le');
	return data.toString('utf8').replace(/^\uFEFF/, '');
}

/** NUL bytes where UTF-8 or UTF-16 JSON text would have none: an image, an archive, a program. */
function binary(data: Buffer): boolean {
	const utf16 = data[0] === 0xff && data[1] === 0xfe;
	return !utf16 && data.includes(0);
}

/** True when the text opens JSON brackets or a string that it never closes. */
function cutShort(text: string): boolean {
	let depth = 0;
	let inString = false;
	let escaped = false;
	for (const char of text) {
		if (inString) {
			if (escaped) escaped = false;
			else if (char === '\\') escaped = true;
			else if (char === '"') inString = false;
		} else if (char === '"') inString = true;
		else if (char === '{' || char === '[') depth++;
		else if (char === '}' || char === ']') depth--;
	}
	return inString || depth > 0;
}

function parse(
	lang: Language,
	text: string,
): {ok: true; json: unknown} | {ok: false; reason: string} {
	if (text.trim() === '') return {ok: false, reason: t(lang, 'report.skip.empty')};
	try {
		return {ok: true, json: JSON.parse(text)};
	} catch {
		const reason = cutShort(text)
			? t(lang, 'report.skip.truncated')
			: t(lang, 'report.skip.notJson');
		return {ok: false, reason};
	}
}

function readOne(lang: Language, file: string, readFile: ReadFile): ResultFile | SkippedFile {
	let data: Buffer | string;
	try {
		data = readFile(file);
	} catch (error) {
		return {path: file, reason: readProblem(lang, error)};
	}
	if (typeof data !== 'string' && binary(data))
		return {path: file, reason: t(lang, 'report.skip.binary')};
	const parsed = parse(lang, decode(data));
	if (!parsed.ok) return {path: file, reason: parsed.reason};
	const checked = checkResults(lang, parsed.json);
	return checked.ok ? {path: file, results: checked.results} : {path: file, reason: checked.reason};
}

/**
 * Incomplete quizzes are kept: their `complete: false` is the flag the report shows. Why a file is
 * skipped is said in `lang`.
 */
export function readResults(
	lang: Language,
	paths: readonly string[],
	readFile: ReadFile = readResultsFile,
): ReadResults {
	const results: ResultFile[] = [];
	const skipped: SkippedFile[] = [];
	const seen = new Set<string>();
	for (const file of paths) {
		// A shell glob and a named file can overlap; one quiz must not count twice.
		const key = path.resolve(file);
		if (seen.has(key)) {
			skipped.push({path: file, reason: t(lang, 'report.skip.repeated')});
			continue;
		}
		seen.add(key);
		const read = readOne(lang, file, readFile);
		if ('results' in read) results.push(read);
		else skipped.push(read);
	}
	return {results, skipped};
}
