#!/usr/bin/env node
// The only module that reads argv, the environment and the terminal.
import {randomInt} from 'node:crypto';
import {formatSession} from './export/formats.js';
import {setLanguage, t} from './i18n/index.js';
import {checkArgv, flagSpec, type Options, parseOptions} from './options.js';
import {parseSteps, scenarioSteps} from './script/parse-steps.js';
import {runSteps} from './script/run-script.js';
import {UsageError} from './usage-error.js';

const help = `
  Usage
    $ tcp-tui                      interactive: two endpoints, keys send segments (Esc: menu)
    $ tcp-tui --script "<steps>"   print the ladder diagram of a scripted run
    $ tcp-tui --quiz --json > r.json   take a quiz; the results go to stdout as JSON
    $ tcp-tui report FILE…         summarise a class's quiz results (--csv for a spreadsheet)

  Steps
    <side>:<action>, separated by spaces or commas
    side     client (c), server (s)
    action   syn ack fin rst data listen timeout   (data:N sends N bytes, default 100)
    net:deliver, net:drop, net:dup   act on the oldest segment in flight (net:deliver:K: the K-th)

  Options
    --script <steps>    run the steps and print the result instead of the TUI
    --format <f>        with --script: text (default), markdown, json, mermaid or packetdrill
                        (the server side of the exchange, for testing a real kernel)
    --json              with --script: short for --format json (numbers absolute)
    --absolute          show raw sequence numbers (default: relative to each ISN)
    --isn-client <n>    the client's initial sequence number, 0 to 4294967295 (default: random)
    --isn-server <n>    the server's initial sequence number (default: random)
    --ascii             draw with plain ASCII characters
    --no-color          no colour (NO_COLOR is honoured too)
    --lang <l>          en or zh (default: from LC_ALL, LC_MESSAGES or LANG)
    --screen-reader     read the screen as sentences (also INK_SCREEN_READER=true)
    --width <n>         width of the script-mode diagram, 40 to 400 (default 80)
    --network <mode>    instant (default) or manual: segments wait in flight to be delivered,
                        reordered, dropped or duplicated
    --peer <side>       client or server answers arriving segments by itself, like a real stack
    --scenario <name>   play a classic situation first: normal, simultaneous-open,
                        simultaneous-close, lost-syn, lost-last-ack, no-time-wait,
                        old-duplicate-syn, two-way, half-close, refused, half-open
    --two-way           what if the handshake were two-way: answering a SYN is enough to be
                        ESTABLISHED (not TCP; shows why TCP needs three segments)

  Learning modes
    --menu              start on the menu: sandbox, lessons, quiz, challenges, help
    --lesson <name>     a guided lesson: handshake, why-three, teardown, time-wait
    --challenge <name>  reach a goal in as few moves as you can (see --list)
    --quiz              multiple-choice questions, some generated from the engine
      --count <n>       how many questions, 1 to 50 (default 10)
      --seed <n>        the same seed gives the same quiz, for a whole class
      --topic <t>       handshake, teardown or all (default all)
      --name <name>     who takes it, for the results (default: the login name)
      --json            print the results as JSON on stdout; the screen is drawn on stderr
    --list              print the names of the lessons, challenges, quiz topics and scenarios
    --reset-progress    forget completed lessons, challenges and best scores (asks first;
                        --yes skips the question)

  Keys (interactive)
    Tab ←/→ switch side   s SYN   a ACK   f FIN   r RST   d data   l listen   t timer
    u undo   n start over   h hints   # relative/absolute   ? help   q quit
    m manual delivery: Enter deliver  x drop  + duplicate  1-9 pick   p auto-peer
    o scenarios (Space plays the next step)   w two-way "what if"
    Esc menu   v show a challenge's solution

  Examples
    $ tcp-tui --script "c:syn s:syn c:ack c:fin s:ack s:fin c:ack c:timeout"
    $ tcp-tui --script "c:syn s:ack" --isn-client 100 --isn-server 300
    $ tcp-tui --script "c:syn s:syn c:ack" --json
    $ tcp-tui --network manual --script "c:syn net:drop c:timeout net:deliver s:syn net:deliver"
    $ tcp-tui --quiz --count 5 --seed 42 --topic handshake --json > alice.json
    $ tcp-tui report results/*.json
`;

function fail(error: unknown): never {
	const text = error instanceof UsageError ? error.message : `unexpected error: ${String(error)}`;
	process.stderr.write(`tcp-tui: ${text}\n`);
	process.exit(error instanceof UsageError ? error.exitCode : 1);
}

const randomIsn = () => randomInt(0, 2 ** 32);

async function readOptions(): Promise<Options> {
	const argv = process.argv.slice(2);
	// `npx tcp-tui` with nothing after it is how a student starts: there is nothing for meow to
	// parse, and loading it is the largest part of the start-up, so it is loaded only when needed.
	if (argv.length === 0) return parseOptions({}, [], process.env, randomIsn);
	checkArgv(argv);
	const {default: meow} = await import('meow');
	let cli: ReturnType<typeof meow<typeof flagSpec>>;
	try {
		// booleanDefault undefined: a flag left out stays undefined, so --ascii can default to the locale.
		cli = meow(help, {
			importMeta: import.meta,
			flags: flagSpec,
			allowUnknownFlags: true,
			booleanDefault: undefined,
		});
	} catch (error) {
		// meow throws for a repeated flag: that is a usage mistake, not a crash.
		const text = error instanceof Error ? error.message : String(error);
		throw new UsageError(
			text
				.replace(/^The flag/, 'flag')
				.replaceAll(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`),
		);
	}
	if (argv.includes('-h')) cli.showHelp(0);
	if (argv.includes('-v')) cli.showVersion();
	return parseOptions(cli.flags, cli.input, process.env, randomIsn);
}

/** The names the flags take, for --list. */
async function listNames(): Promise<void> {
	const [{lessons}, {challenges}, {scenarios}, {parOf}] = await Promise.all([
		import('./lessons/lessons.js'),
		import('./challenges/challenges.js'),
		import('./scenarios/scenarios.js'),
		import('./hooks/challenge-guide.js'),
	]);
	const row = (name: string, text: string) => `  ${name.padEnd(20)} ${text}`;
	const rows = [
		t('mode.listLessons'),
		...lessons.map((lesson) => row(lesson.name, t(lesson.title))),
		t('mode.listChallenges'),
		...challenges.map((challenge) =>
			row(challenge.name, `${t(challenge.title)} ${t('mode.listPar', {par: parOf(challenge)})}`),
		),
		t('mode.listTopics'),
		...(['all', 'handshake', 'teardown'] as const).map((topic) =>
			row(topic, t(`mode.topic.${topic}`)),
		),
		t('mode.listScenarios'),
		...scenarios.map((scenario) => row(scenario.name, scenario.title)),
	];
	process.stdout.write(`${rows.join('\n')}\n`);
}

async function report(files: readonly string[], csv: boolean): Promise<void> {
	const {runReport} = await import('./report/report.js');
	const output = runReport(files, {csv, columns: process.stdout.columns || 100});
	process.stdout.write(output.stdout);
	process.stderr.write(output.stderr);
	process.exitCode = output.exitCode;
}

/** Deleting what a student has done needs a yes: --yes, or a y typed at the prompt. */
async function resetProgress(yes: boolean): Promise<void> {
	const [{progressPath}, {openProgressStore}] = await Promise.all([
		import('./progress/progress-path.js'),
		import('./progress/progress-store.js'),
	]);
	const path = progressPath(process.env);
	if (!yes) {
		if (!process.stdin.isTTY) {
			throw new UsageError(
				`--reset-progress needs a confirmation: run it in a terminal, or add --yes`,
			);
		}
		const {createInterface} = await import('node:readline/promises');
		const prompt = createInterface({input: process.stdin, output: process.stderr});
		let answer = '';
		try {
			answer = await prompt.question(t('mode.resetQuestion', {path}));
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
			process.stderr.write(`${t('mode.resetKept')}\n`);
			return;
		}
	}
	const failed = openProgressStore(path).reset();
	if (failed) throw new UsageError(failed.replace(/^tcp-tui: /, ''), 1);
	process.stderr.write(`${t('mode.resetDone', {path})}\n`);
}

function runScript(options: Options, script: string): void {
	const setup = options.scenario ? scenarioSteps(options.scenario) : [];
	const steps = [...setup, ...(script.trim() === '' && options.scenario ? [] : parseSteps(script))];
	const session = runSteps(steps, options);
	process.stdout.write(`${formatSession(session, options.format, {...options, steps})}\n`);
}

async function runInteractive(options: Options): Promise<void> {
	if (!process.stdin.isTTY) {
		throw new UsageError(
			'stdin is not a terminal: run tcp-tui in a terminal, or print a diagram with --script "c:syn s:syn c:ack"',
			1,
		);
	}
	const {startTui} = await import('./tui.js');
	await startTui(options);
}

try {
	const options = await readOptions();
	setLanguage(options.lang);
	const {task} = options;
	switch (task.kind) {
		case 'list':
			await listNames();
			break;
		case 'report':
			await report(task.files, task.csv);
			break;
		case 'resetProgress':
			await resetProgress(task.yes);
			break;
		case 'script':
			runScript(options, options.script ?? '');
			break;
		case 'tui':
			await runInteractive(options);
			break;
	}
} catch (error) {
	fail(error);
}
