#!/usr/bin/env node
// The only module that reads argv, the environment and the terminal.
import {randomInt} from 'node:crypto';
import {checkArgv, flagSpec, type Options, parseOptions} from './options.js';
import {parseSteps, scenarioSteps} from './script/parse-steps.js';
import {runSteps, scriptJson, scriptText} from './script/run-script.js';
import {UsageError} from './usage-error.js';

const help = `
  Usage
    $ tcp-tui                      interactive: two endpoints, keys send segments
    $ tcp-tui --script "<steps>"   print the ladder diagram of a scripted run

  Steps
    <side>:<action>, separated by spaces or commas
    side     client (c), server (s)
    action   syn ack fin rst data listen timeout   (data:N sends N bytes, default 100)
    net:deliver, net:drop, net:dup   act on the oldest segment in flight (net:deliver:K: the K-th)

  Options
    --script <steps>    run the steps and print the result instead of the TUI
    --json              with --script: one JSON object with every step (numbers absolute)
    --absolute          show raw sequence numbers (default: relative to each ISN)
    --isn-client <n>    the client's initial sequence number, 0 to 4294967295 (default: random)
    --isn-server <n>    the server's initial sequence number (default: random)
    --ascii             draw with plain ASCII characters
    --no-color          no colour (NO_COLOR is honoured too)
    --width <n>         width of the script-mode diagram, 40 to 400 (default 80)
    --network <mode>    instant (default) or manual: segments wait in flight to be delivered,
                        reordered, dropped or duplicated
    --peer <side>       client or server answers arriving segments by itself, like a real stack
    --scenario <name>   play a classic situation first: normal, simultaneous-open,
                        simultaneous-close, lost-syn, lost-last-ack, no-time-wait,
                        old-duplicate-syn, two-way, half-close, refused, half-open
    --two-way           what if the handshake were two-way: answering a SYN is enough to be
                        ESTABLISHED (not TCP; shows why TCP needs three segments)

  Keys (interactive)
    Tab ←/→ switch side   s SYN   a ACK   f FIN   r RST   d data   l listen   t timer
    u undo   n start over   h hints   # relative/absolute   ? help   q quit
    m manual delivery: Enter deliver  x drop  + duplicate  1-9 pick   p auto-peer
    o scenarios (Space plays the next step)   w two-way "what if"

  Examples
    $ tcp-tui --script "c:syn s:syn c:ack c:fin s:ack s:fin c:ack c:timeout"
    $ tcp-tui --script "c:syn s:ack" --isn-client 100 --isn-server 300
    $ tcp-tui --script "c:syn s:syn c:ack" --json
    $ tcp-tui --network manual --script "c:syn net:drop c:timeout net:deliver s:syn net:deliver"
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

function runScript(options: Options, script: string): void {
	const setup = options.scenario ? scenarioSteps(options.scenario) : [];
	const steps = [...setup, ...(script.trim() === '' && options.scenario ? [] : parseSteps(script))];
	const session = runSteps(steps, options);
	process.stdout.write(
		`${options.json ? scriptJson(session) : scriptText(session, {...options, steps})}\n`,
	);
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
	if (options.script === undefined) {
		await runInteractive(options);
	} else {
		runScript(options, options.script);
	}
} catch (error) {
	fail(error);
}
