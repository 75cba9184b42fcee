// Starts the interactive screen; kept apart so that script mode never loads Ink.
import {linkSync, rmSync, writeFileSync, writeSync} from 'node:fs';
import {resolve} from 'node:path';
import {Box, render} from 'ink';
import App, {type Exporter} from './app.js';
import {glyphsFor} from './diagram/glyphs.js';
import {extensionOf, formatSession} from './export/formats.js';
import {type Language, type MessageKey, t} from './i18n/index.js';
import {keepScrollback} from './keep-scrollback.js';
import type {TuiOptions as Options} from './options.js';
import {loginName, progressPath} from './progress/progress-path.js';
import {openProgressStore} from './progress/progress-store.js';
import type {QuizResults} from './quiz/results.js';
import {SerialInput} from './serial-input.js';
import {installSuspend} from './suspend.js';

const reasons: Readonly<Record<string, MessageKey>> = {
	EACCES: 'mode.reason.permission',
	EPERM: 'mode.reason.permission',
	EROFS: 'mode.reason.readOnly',
	ENOSPC: 'mode.reason.noSpace',
	ENOENT: 'mode.reason.noDirectory',
};

/**
 * A new file in the current directory, named after the time; an existing file is never overwritten.
 * The text is written to a temporary file first and linked to its name only once complete, so a
 * full disk leaves nothing behind.
 */
const exportToFile: Exporter = (session, format, {lang, ascii, absolute}) => {
	const stamp = new Date().toISOString().replaceAll(/[-:]/g, '').replace('T', '-').slice(0, 15);
	const text = `${formatSession(session, format, {lang, ascii, absolute, width: 80})}\n`;
	const temporary = resolve(`.tcp-tui-${stamp}-${process.pid}.tmp`);
	const nameOf = (copy: number) =>
		resolve(`tcp-tui-${stamp}${copy > 1 ? `-${copy}` : ''}${extensionOf(format)}`);
	let path = nameOf(1);
	try {
		writeFileSync(temporary, text, {flag: 'wx'});
		for (let copy = 1; copy <= 20; copy++) {
			path = nameOf(copy);
			try {
				linkSync(temporary, path);
				return {ok: true, path};
			} catch (error) {
				if (codeOf(error) !== 'EEXIST') throw error;
			}
		}
		return {ok: false, path, reason: t(lang, 'mode.reason.tooMany')};
	} catch (error) {
		const code = codeOf(error);
		const reason = reasons[code];
		return {ok: false, path, reason: reason ? t(lang, reason) : code || String(error)};
	} finally {
		rmSync(temporary, {force: true});
	}
};

function codeOf(error: unknown): string {
	return error instanceof Error && 'code' in error ? String(error.code) : '';
}

/** The signals a closed window, a dropped SSH session or `kill` sends, and their numbers. */
const endingSignals = {SIGHUP: 1, SIGINT: 2, SIGTERM: 15} as const;

/**
 * The quiz's results on stdout, written once: as soon as the last question is answered, or, if the
 * program ends before that (q, Ctrl+C, a signal), then, marked incomplete. Written synchronously,
 * so that a hang-up right after leaves a whole JSON file.
 */
function resultsWriter(enabled: boolean) {
	let latest: QuizResults | null = null;
	let written = false;
	const write = () => {
		if (!enabled || written) return;
		written = true;
		try {
			writeSync(1, `${JSON.stringify(latest, null, 2)}\n`);
		} catch {
			// A reader that went away cannot be told anything.
		}
	};
	return {
		update(results: QuizResults) {
			// The quiz --quiz started is the one reported, even if another follows.
			if (written || (latest !== null && latest.startedAt !== results.startedAt)) return;
			latest = results;
			if (results.complete) write();
		},
		write,
	};
}

/** The interactive screen, every word on it in `lang`. */
export async function startTui(lang: Language, options: Options): Promise<void> {
	const store = openProgressStore(progressPath(process.env), {
		lang,
		owner: loginName(process.env),
	});
	// Said once, above the screen; saving failures are said once after it closes.
	if (store.warning) process.stderr.write(`${store.warning}\n`);
	const warnings = new Set<string>();
	const results = resultsWriter(options.json);
	// With --json the results are what goes to stdout, so the screen is drawn on stderr.
	const screen = options.json ? process.stderr : process.stdout;
	// Keys reach the screens one at a time, each after the one before was drawn (serial-input.ts);
	// Ctrl+Z, which raw mode turns into a byte, suspends.
	const input = new SerialInput(process.stdin, {onSuspend: () => suspender.suspend()});
	let hidden = false;
	// Made once: the suspend handler redraws the same App, never a new quiz seed.
	const screenApp = (
		<App
			lang={lang}
			connection={{
				isnClient: options.isnClient,
				isnServer: options.isnServer,
				network: options.network,
				peer: options.peer,
				twoWay: options.twoWay,
			}}
			scenario={options.scenario}
			display={{glyphs: glyphsFor(options.ascii), ascii: options.ascii, color: options.color}}
			absolute={options.absolute}
			start={options.start}
			quiz={{
				count: options.count,
				seed: options.seed,
				topic: options.topic,
				student: options.student,
			}}
			progress={{
				progress: store.progressOf(options.student),
				warning: store.warning,
				save(next, student) {
					const warning = store.save(student, next);
					if (warning) warnings.add(warning);
					return warning;
				},
				progressOf: (student) => store.progressOf(student),
				students: () => store.students(),
			}}
			// One lab account, many students: without --name the menu asks whose progress it is.
			askName={!options.nameGiven}
			onExport={exportToFile}
			onQuizResults={results.update}
			onQuit={(reason) => {
				if (reason === 'interrupt') process.exitCode = 130;
			}}
		/>
	);
	// While suspended the frame is empty (display none keeps the App and its state mounted).
	const tree = () => (
		<Box display={hidden ? 'none' : 'flex'} flexDirection="column">
			{screenApp}
		</Box>
	);
	keepScrollback(screen);
	const app = render(
		tree(),
		// The App handles Ctrl+C itself, to exit with 130 like other programs a shell interrupts.
		{
			stdin: input as unknown as NodeJS.ReadStream,
			stdout: screen,
			incrementalRendering: true,
			exitOnCtrlC: false,
			patchConsole: false,
			isScreenReaderEnabled: options.screenReader,
		},
	);
	const suspender = installSuspend({
		input: process.stdin,
		screen,
		hide(next) {
			hidden = next;
			app.rerender(tree());
		},
	});
	// However the program ends (an error on a terminal that hung up included), the results are out.
	process.on('exit', results.write);
	for (const [signal, number] of Object.entries(endingSignals)) {
		process.on(signal, () => {
			results.write();
			// Unmounting gives the terminal back: raw mode off, cursor shown.
			app.unmount();
			process.exit(128 + number);
		});
	}
	await app.waitUntilExit();
	suspender.dispose();
	// Ink leaves the cursor at the end of the last frame line; the shell prompt belongs below it.
	screen.write('\n');
	for (const warning of warnings) process.stderr.write(`${warning}\n`);
	results.write();
}
