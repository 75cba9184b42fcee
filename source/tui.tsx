// Starts the interactive screen; kept apart so that script mode never loads Ink.
import {randomInt} from 'node:crypto';
import {writeFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {render} from 'ink';
import App, {type Exporter} from './app.js';
import {glyphsFor} from './diagram/glyphs.js';
import {extensionOf, formatSession} from './export/formats.js';
import {type MessageKey, t} from './i18n/index.js';
import type {Options} from './options.js';
import {progressPath} from './progress/progress-path.js';
import {openProgressStore} from './progress/progress-store.js';
import type {QuizResults} from './quiz/results.js';

const reasons: Readonly<Record<string, MessageKey>> = {
	EACCES: 'mode.reason.permission',
	EPERM: 'mode.reason.permission',
	EROFS: 'mode.reason.readOnly',
	ENOSPC: 'mode.reason.noSpace',
	ENOENT: 'mode.reason.noDirectory',
};

/** A new file in the current directory, named after the time; an existing file is never overwritten. */
const exportToFile: Exporter = (session, format, {ascii, absolute}) => {
	const stamp = new Date().toISOString().replaceAll(/[-:]/g, '').replace('T', '-').slice(0, 15);
	const text = `${formatSession(session, format, {ascii, absolute, width: 80})}\n`;
	let path = '';
	for (let copy = 1; copy <= 20; copy++) {
		path = resolve(`tcp-tui-${stamp}${copy > 1 ? `-${copy}` : ''}${extensionOf(format)}`);
		try {
			writeFileSync(path, text, {flag: 'wx'});
			return {ok: true, path};
		} catch (error) {
			const code = error instanceof Error && 'code' in error ? String(error.code) : '';
			if (code !== 'EEXIST') {
				const reason = reasons[code];
				return {ok: false, path, reason: reason ? t(reason) : code || String(error)};
			}
		}
	}
	return {ok: false, path, reason: t('mode.reason.tooMany')};
};

export async function startTui(options: Options): Promise<void> {
	const store = openProgressStore(progressPath(process.env));
	// Said once, above the screen; saving failures are said once after it closes.
	if (store.warning) process.stderr.write(`${store.warning}\n`);
	const warnings = new Set<string>();
	let results: QuizResults | null = null;
	// With --json the results are what goes to stdout, so the screen is drawn on stderr.
	const screen = options.json ? process.stderr : process.stdout;
	const app = render(
		<App
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
				seed: options.seed ?? randomInt(0, 2 ** 32),
				topic: options.topic,
				student: options.student,
			}}
			progress={{
				progress: store.progress,
				warning: store.warning,
				save(next) {
					const warning = store.save(next);
					if (warning) warnings.add(warning);
					return warning;
				},
			}}
			onExport={exportToFile}
			onQuizResults={(latest) => {
				// With --json the quiz --quiz started is the one reported, even if another follows.
				if (results === null || results.startedAt === latest.startedAt) results = latest;
			}}
			onQuit={(reason) => {
				if (reason === 'interrupt') process.exitCode = 130;
			}}
		/>,
		// The App handles Ctrl+C itself, to exit with 130 like other programs a shell interrupts.
		{
			stdout: screen,
			incrementalRendering: true,
			exitOnCtrlC: false,
			patchConsole: false,
			isScreenReaderEnabled: options.screenReader,
		},
	);
	await app.waitUntilExit();
	// Ink leaves the cursor at the end of the last frame line; the shell prompt belongs below it.
	screen.write('\n');
	for (const warning of warnings) process.stderr.write(`${warning}\n`);
	if (options.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}
