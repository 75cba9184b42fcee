#!/usr/bin/env node
// The only module that reads argv, the environment and the terminal.
import {randomInt} from 'node:crypto';
import {checkArgv, flagName, flagSpec, languageOfArgv} from './cli/flags.js';
import {helpText} from './cli/help.js';
import {toAscii} from './diagram/glyphs.js';
import {formatSession} from './export/formats.js';
import {type Language, t} from './i18n/index.js';
import {scenarioText} from './learn/scenarios.js';
import {
	type Drawing,
	type Options,
	parseOptions,
	prefersAscii,
	type ScriptTask,
	type TuiOptions,
} from './options.js';
import {printable} from './printable.js';
import {topicChoices} from './quiz/results.js';
import type {ReportTask} from './report/report-options.js';
import {batched} from './script/batched-output.js';
import {parseSteps, scenarioSteps} from './script/parse-steps.js';
import {playScript, runSteps} from './script/run-script.js';
import {UsageError} from './usage-error.js';

function fail(lang: Language, error: unknown): never {
	const text =
		error instanceof UsageError
			? error.message
			: t(lang, 'cli.unexpectedError', {error: String(error)});
	process.stderr.write(`tcp-tui: ${printable(text)}\n`);
	process.exit(error instanceof UsageError ? error.exitCode : 1);
}

/**
 * Output that cannot be written: a reader that went away (`| head`) ends the program quietly with
 * status 0, as there is no one left to tell; a full disk is said in one line.
 */
function guardOutput(lang: Language, stream: NodeJS.WriteStream): void {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
		try {
			process.stderr.write(
				`tcp-tui: ${t(lang, 'cli.writeFailed', {error: error.code ?? error.message})}\n`,
			);
		} finally {
			process.exit(1);
		}
	});
}

/** A random 32-bit number: an ISN that is not given, and a quiz's seed when none is given. */
const random32 = () => randomInt(0, 2 ** 32);

/** meow reads a lone '-' as an argument, not as the value of the flag before it: join them. */
function stdinValues(argv: readonly string[]): string[] {
	return argv.flatMap((token, index) => {
		if (token === '-' && argv[index - 1]?.startsWith('--') && !argv[index - 1]?.includes('=')) {
			return [];
		}
		return argv[index + 1] === '-' && token.startsWith('--') && !token.includes('=')
			? [`${token}=-`]
			: [token];
	});
}

/** --help in ASCII with --ascii, or where the screen would be ASCII. */
function helpInAscii(argv: readonly string[]): boolean {
	if (argv.includes('--no-ascii')) return false;
	return argv.includes('--ascii') || prefersAscii(process.env);
}

async function readOptions(lang: Language, argv: readonly string[]): Promise<Options> {
	// `npx tcp-tui` with nothing after it is how a student starts: there is nothing for meow to
	// parse, and loading it is the largest part of the start-up, so it is loaded only when needed.
	if (argv.length === 0) return parseOptions(lang, {}, [], process.env, random32);
	checkArgv(lang, argv);
	const {default: meow} = await import('meow');
	const asksForHelp = argv.includes('-h') || argv.includes('--help');
	let cli: ReturnType<typeof meow<typeof flagSpec>>;
	try {
		// booleanDefault undefined: a flag left out stays undefined, so --ascii can default to the locale.
		cli = meow(asksForHelp ? helpText(lang, helpInAscii(argv)) : '', {
			importMeta: import.meta,
			argv: stdinValues(argv),
			description: t(lang, 'cli.description'),
			flags: flagSpec,
			allowUnknownFlags: true,
			booleanDefault: undefined,
		});
	} catch (error) {
		// meow throws for a repeated flag, named by its key (isnClient): a usage mistake, not a crash.
		const text = error instanceof Error ? error.message : String(error);
		const repeated = /^The flag --(\w+) can only be set once\.$/.exec(text)?.[1];
		throw new UsageError(
			repeated === undefined ? text : t(lang, 'cli.repeatedFlag', {flag: flagName(repeated)}),
		);
	}
	// meow shows the help for --help only when it is the one argument: `--lang zh --help` too.
	if (asksForHelp) cli.showHelp(0);
	if (argv.includes('-v')) cli.showVersion();
	return parseOptions(lang, cli.flags, cli.input, process.env, random32);
}

/** The names the flags take, for --list. */
async function listNames(lang: Language): Promise<void> {
	const [{lessons}, {challenges}, {scenarios}, {parOf}] = await Promise.all([
		import('./learn/lessons.js'),
		import('./learn/challenges.js'),
		import('./learn/scenarios.js'),
		import('./learn/challenge-guide.js'),
	]);
	const row = (name: string, text: string) => `  ${name.padEnd(20)} ${text}`;
	const rows = [
		t(lang, 'mode.listLessons'),
		...lessons.map((lesson) => row(lesson.name, t(lang, lesson.title))),
		t(lang, 'mode.listChallenges'),
		...challenges.map((challenge) =>
			row(
				challenge.name,
				`${t(lang, challenge.title)} ${t(lang, 'mode.listPar', {par: parOf(challenge)})}`,
			),
		),
		t(lang, 'mode.listTopics'),
		...topicChoices.map((topic) => row(topic, t(lang, `mode.topic.${topic}`))),
		t(lang, 'mode.listScenarios'),
		...scenarios.map((scenario) => row(scenario.name, t(lang, scenario.title))),
	];
	process.stdout.write(`${rows.join('\n')}\n`);
}

async function report(lang: Language, task: ReportTask, ascii: boolean): Promise<void> {
	const {runReport} = await import('./report/report.js');
	// The terminal's width, at least 40; without a terminal (a pipe, a file), 80 unless --width.
	const terminal = process.stdout.isTTY ? Math.max(40, process.stdout.columns || 80) : 80;
	const output = runReport(task.files, {
		lang,
		format: task.format,
		basis: task.basis,
		columns: task.width ?? terminal,
	});
	// The text and markdown reports are read in the terminal: plain ASCII where it cannot show more.
	const drawn = (text: string) =>
		ascii && task.format !== 'json' && task.format !== 'csv' ? toAscii(text) : text;
	process.stdout.write(drawn(output.stdout));
	process.stderr.write(drawn(output.stderr));
	process.exitCode = output.exitCode;
}

/**
 * Deleting what a student has done needs a yes: --yes, or a y typed at the prompt. With --name,
 * only that student's progress is forgotten; the others on the account keep theirs.
 */
async function resetProgress(lang: Language, yes: boolean, student: string | null): Promise<void> {
	const [{loginName, progressPath}, {openProgressStore}] = await Promise.all([
		import('./progress/progress-path.js'),
		import('./progress/progress-store.js'),
	]);
	const path = progressPath(process.env);
	if (!yes) {
		if (!process.stdin.isTTY) {
			throw new UsageError(t(lang, 'cli.resetNeedsConfirmation'));
		}
		const {createInterface} = await import('node:readline/promises');
		const prompt = createInterface({input: process.stdin, output: process.stderr});
		let answer = '';
		try {
			answer = await prompt.question(
				student === null
					? t(lang, 'mode.resetQuestion', {path})
					: t(lang, 'progress.resetStudentQuestion', {path, name: printable(student)}),
			);
		} catch (error) {
			// Ctrl+C at the question: nothing deleted, and the status a shell expects.
			if (!(error instanceof Error && error.name === 'AbortError')) throw error;
			process.stderr.write('\n');
			process.exitCode = 130;
			return;
		} finally {
			prompt.close();
		}
		if (!/^y(es)?$/i.test(answer.trim())) {
			process.stderr.write(`${t(lang, 'mode.resetKept')}\n`);
			return;
		}
	}
	const store = openProgressStore(path, {lang, owner: loginName(process.env)});
	const failed = student === null ? store.reset() : store.reset(student);
	// fail() adds the program's name; the Chinese message has it with a full-width colon.
	if (failed) throw new UsageError(failed.replace(/^tcp-tui[:：] ?/, ''), 1);
	const done =
		student === null
			? t(lang, 'mode.resetDone', {path})
			: t(lang, 'progress.resetStudentDone', {path, name: printable(student)});
	process.stderr.write(`${done}\n`);
}

/** Steps on stdin are capped like any file a user gives: a script this long is a mistake. */
const stdinScriptLimit = 64 * 1024 * 1024;

/** `--script -`: the steps from stdin, which must be a pipe or a file, not the terminal. */
async function scriptFromStdin(lang: Language): Promise<string> {
	if (process.stdin.isTTY) throw new UsageError(t(lang, 'cli.scriptStdinTerminal'));
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > stdinScriptLimit) {
			throw new UsageError(
				t(lang, 'cli.scriptStdinTooLarge', {limit: stdinScriptLimit / 1024 / 1024}),
			);
		}
		chunks.push(chunk);
	}
	return Buffer.concat(chunks).toString('utf8');
}

function runScript(lang: Language, task: ScriptTask, drawing: Drawing, given = task.script): void {
	const script = given;
	const setup = task.scenario ? scenarioSteps(lang, task.scenario) : [];
	const steps = [
		...setup,
		...(script.trim() === '' && task.scenario ? [] : parseSteps(lang, script)),
	];
	// The scenario's title, introduction and closing words, for the printout that frames the steps.
	const scenario = task.scenario && scenarioText(lang, task.scenario);
	const {format} = task;
	if (format === 'text' || format === 'json') {
		const output = batched(process.stdout);
		playScript(steps, format, {...task, ...drawing, lang, scenario, steps}, output.write);
		output.end('\n');
		return;
	}
	const output = formatSession(runSteps(steps, task), format, {...drawing, lang, scenario, steps});
	process.stdout.write(`${output}\n`);
}

async function runInteractive(lang: Language, options: TuiOptions): Promise<void> {
	if (!process.stdin.isTTY) {
		throw new UsageError(t(lang, 'cli.notATerminal'), 1);
	}
	// The screen: stdout, or stderr with --json, whose results are what stdout is for.
	if (options.json ? !process.stderr.isTTY : !process.stdout.isTTY) {
		throw new UsageError(
			t(lang, options.json ? 'cli.screenNotATerminalJson' : 'cli.screenNotATerminal'),
			1,
		);
	}
	if (process.env['TERM'] === 'dumb') {
		throw new UsageError(t(lang, 'cli.dumbTerminal'), 1);
	}
	const {startTui} = await import('./tui.js');
	await startTui(lang, options);
}

const argv = process.argv.slice(2);
// The one place the language is chosen: before parsing, so that a mistake in the flags is told in
// the user's language too (--lang's check then refuses a value that names no language). Everything
// that says something is given it from here.
const lang = languageOfArgv(argv, process.env);
guardOutput(lang, process.stdout);

try {
	const options = await readOptions(lang, argv);
	const {task, ...drawing} = options;
	switch (task.kind) {
		case 'list':
			await listNames(lang);
			break;
		case 'report':
			await report(lang, task, drawing.ascii);
			break;
		case 'resetProgress':
			await resetProgress(lang, task.yes, task.student);
			break;
		case 'script':
			runScript(
				lang,
				task,
				drawing,
				task.script === '-' ? await scriptFromStdin(lang) : task.script,
			);
			break;
		case 'tui':
			await runInteractive(lang, {...drawing, ...task, seed: task.seed ?? random32()});
			break;
		case 'replay': {
			const {runReplay} = await import('./replay/run-replay.js');
			await runReplay(lang, task, options);
			break;
		}
	}
} catch (error) {
	fail(lang, error);
}
