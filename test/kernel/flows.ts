// The flows test/kernel/exports.test.ts plays against the kernel: every scenario, every challenge's
// par solution and every lesson, read from their modules when the tests are collected (so what runs
// is whatever they say now), and a table of exchanges that covers what those leave out.

import {formatSession} from '../../source/export/formats.js';
import {challenges} from '../../source/learn/challenges.js';
import {lessons} from '../../source/learn/lessons.js';
import {scenarioNamed, scenarios, scenarioText} from '../../source/learn/scenarios.js';
import {parseSteps, scenarioSteps} from '../../source/script/parse-steps.js';
import {runSteps} from '../../source/script/run-script.js';
import type {NetworkMode} from '../../source/tcp/machine.js';
import {fixedIsns} from '../helpers/cli.js';

export type Flow = {
	readonly name: string;
	readonly network: NetworkMode;
	/** The two-way handshake "what if" (not TCP: no kernel plays it). */
	readonly twoWay?: boolean;
	/** A scenario's steps come first, with `--scenario`. */
	readonly scenario?: string;
	/** Moves in script syntax, after the scenario's. */
	readonly steps: string;
};

/** The handshake with every segment held in flight until delivered. */
const openManual = 'c:syn net:deliver s:syn net:deliver c:ack net:deliver';
const open = 'c:syn s:syn c:ack';

/**
 * Exchanges no scenario, challenge or lesson plays, or not in every state: data both ways (and
 * data the server does not acknowledge at once, which Linux does), the half-close from either
 * side, aborts from either side, refusal, simultaneous open and close, the kernel opening with
 * connect(), the loss and retransmission of each kind of segment, duplicates, and writes larger
 * than a segment.
 */
const table: readonly Flow[] = [
	// Data.
	{
		name: 'data both ways, each ACKed alone',
		network: 'instant',
		steps: `${open} c:data s:ack s:data c:ack c:fin s:ack s:fin c:ack c:timeout`,
	},
	{
		name: 'data both ways, the reply carrying the ACK',
		network: 'instant',
		steps: `${open} c:data s:data c:ack s:fin c:ack c:fin s:ack s:timeout`,
	},
	{
		name: 'two client segments, one ACK (Linux acknowledges the first by itself)',
		network: 'instant',
		steps: `${open} c:data c:data s:ack`,
	},
	{
		name: 'client data, then the client closes before the server acknowledges',
		network: 'instant',
		steps: `${open} c:data c:fin s:ack s:fin c:ack`,
	},
	{
		name: 'client data, then the server closes, its FIN carrying the ACK',
		network: 'instant',
		steps: `${open} c:data s:fin c:ack c:fin s:ack`,
	},
	{
		name: 'a client write larger than one segment',
		network: 'instant',
		steps: `${open} c:data:3000 s:ack`,
	},
	{
		name: 'a server write larger than one segment',
		network: 'instant',
		steps: `${open} s:data:3000 c:ack`,
	},
	// Half-close.
	{
		name: 'half-close: the client closes, the server still sends',
		network: 'instant',
		steps: `${open} c:fin s:ack s:data c:ack s:data c:ack s:fin c:ack c:timeout`,
	},
	{
		name: 'half-close: the server closes, the client still sends',
		network: 'instant',
		steps: `${open} s:fin c:ack c:data s:ack c:data s:ack c:fin s:ack s:timeout`,
	},
	// Closing.
	{
		name: 'the server closes first',
		network: 'instant',
		steps: `${open} s:fin c:ack c:fin s:ack`,
	},
	{
		name: 'three-way close',
		network: 'instant',
		steps: `${open} c:fin s:fin c:ack`,
	},
	{
		name: 'both close at once (instant)',
		network: 'instant',
		steps: `${open} s:fin c:fin s:ack c:ack`,
	},
	{
		name: 'simultaneous close, the FINs crossing',
		network: 'manual',
		steps: `${openManual} c:fin s:fin net:deliver net:deliver s:ack c:ack net:deliver net:deliver`,
	},
	// Aborts.
	{name: 'the server aborts in ESTABLISHED', network: 'instant', steps: `${open} s:rst`},
	{name: 'the server aborts in CLOSE_WAIT', network: 'instant', steps: `${open} c:fin s:ack s:rst`},
	{
		name: 'the server aborts in FIN_WAIT_1',
		network: 'manual',
		steps: `${openManual} s:fin s:rst net:deliver net:deliver`,
	},
	{name: 'the server aborts in FIN_WAIT_2', network: 'instant', steps: `${open} s:fin c:ack s:rst`},
	{name: 'the server aborts after data arrives', network: 'instant', steps: `${open} c:data s:rst`},
	{name: 'the server aborts in SYN_RECEIVED', network: 'instant', steps: 'c:syn s:syn s:rst'},
	{name: 'the client aborts in ESTABLISHED', network: 'instant', steps: `${open} c:rst`},
	{
		name: 'the client aborts after sending data',
		network: 'instant',
		steps: `${open} c:data s:ack c:rst`,
	},
	{
		name: 'the client aborts, the server in CLOSE_WAIT',
		network: 'instant',
		steps: `${open} c:fin s:ack c:rst`,
	},
	{
		name: 'the client aborts, the server in FIN_WAIT_1',
		network: 'manual',
		steps: `${openManual} s:fin c:rst net:deliver net:deliver`,
	},
	{
		name: 'the client aborts, the server in FIN_WAIT_2',
		network: 'instant',
		steps: `${open} s:fin c:ack c:rst`,
	},
	{
		name: 'the client aborts, the server in SYN_RECEIVED, then connects again',
		network: 'instant',
		steps: 'c:syn s:syn c:rst c:syn s:syn c:ack',
	},
	// Refused, and simultaneous open.
	{name: 'refused: nothing listens', network: 'instant', steps: 's:fin c:syn'},
	{
		name: 'simultaneous open, then data and a close',
		network: 'manual',
		steps:
			'c:syn s:syn net:deliver net:deliver c:syn s:syn net:deliver net:deliver ' +
			'c:data net:deliver s:ack net:deliver c:fin net:deliver s:ack net:deliver',
	},
	{
		name: 'the kernel connect()s, and the client listens',
		network: 'instant',
		steps: 'c:listen s:syn c:syn s:ack s:data c:ack s:fin c:ack c:fin s:ack',
	},
	{name: 'the kernel connect()s to a closed port: refused', network: 'instant', steps: 's:syn'},
	// Loss and retransmission.
	{
		name: 'a lost SYN, resent',
		network: 'manual',
		steps: 'c:syn net:drop c:timeout net:deliver s:syn net:deliver c:ack net:deliver',
	},
	{
		name: 'a lost SYN,ACK, resent by the kernel',
		network: 'manual',
		steps: 'c:syn net:deliver s:syn net:drop s:timeout net:deliver c:ack net:deliver',
	},
	{
		name: 'a lost SYN,ACK, the client resending its SYN',
		network: 'manual',
		steps: 'c:syn net:deliver s:syn net:drop c:timeout net:deliver net:deliver',
	},
	{
		name: 'lost client data, resent',
		network: 'manual',
		steps: `${openManual} c:data net:drop c:timeout net:deliver s:ack net:deliver`,
	},
	{
		name: 'lost server data, resent by the kernel',
		network: 'manual',
		steps: `${openManual} s:data net:drop s:timeout net:deliver c:ack net:deliver`,
	},
	{
		name: 'a lost client FIN, resent',
		network: 'manual',
		steps:
			`${openManual} c:fin net:drop c:timeout net:deliver s:ack net:deliver ` +
			's:fin net:deliver c:ack net:deliver',
	},
	{
		name: 'a lost server FIN, resent by the kernel',
		network: 'manual',
		steps:
			`${openManual} s:fin net:drop s:timeout net:deliver c:ack net:deliver ` +
			'c:fin net:deliver s:ack net:deliver',
	},
	// Duplicates.
	{
		name: 'a duplicated SYN',
		network: 'manual',
		steps: 'c:syn net:dup net:deliver s:syn net:deliver net:deliver c:ack net:deliver net:deliver',
	},
	{
		name: 'duplicated client data',
		network: 'manual',
		steps: `${openManual} c:data net:dup net:deliver s:ack net:deliver net:deliver net:deliver`,
	},
	{
		name: 'a duplicated client FIN',
		network: 'manual',
		steps: `${openManual} c:fin net:dup net:deliver s:ack net:deliver net:deliver net:deliver`,
	},
	{
		name: 'duplicated server data',
		network: 'manual',
		steps: `${openManual} s:data net:dup net:deliver c:ack net:deliver net:deliver net:deliver`,
	},
];

/** Every flow: the scenarios, the challenges' par solutions, the lessons, then the table. */
export const flows: readonly Flow[] = [
	...scenarios.map(
		(scenario): Flow => ({
			name: `scenario ${scenario.name}`,
			network: scenario.network,
			...(scenario.twoWay ? {twoWay: true} : {}),
			scenario: scenario.name,
			steps: '',
		}),
	),
	...challenges.map(
		(challenge): Flow => ({
			name: `challenge ${challenge.name} (par solution)`,
			network: challenge.network,
			steps: [challenge.setup, challenge.solution].filter(Boolean).join(' '),
		}),
	),
	...lessons.map(
		(lesson): Flow => ({
			name: `lesson ${lesson.name}`,
			network: lesson.network,
			...(lesson.twoWay ? {twoWay: true} : {}),
			steps: [lesson.setup, ...lesson.steps.map((step) => step.move)].filter(Boolean).join(' '),
		}),
	),
	...table,
];

/** The CLI's arguments that export the flow, before `--format packetdrill` and the fixed ISNs. */
export function argsOf(flow: Flow): string[] {
	if (flow.scenario !== undefined) return ['--scenario', flow.scenario, '--script', flow.steps];
	return ['--network', flow.network, ...(flow.twoWay ? ['--two-way'] : []), '--script', flow.steps];
}

const [isnClient, isnServer] = [Number(fixedIsns[1]), Number(fixedIsns[3])];

/**
 * The flow's packetdrill export, made in this process from the same modules the CLI is built from:
 * what the tests' names say about it is known when the tests are collected.
 */
export function exportInProcess(flow: Flow): string {
	const scenario = flow.scenario === undefined ? null : (scenarioNamed(flow.scenario) ?? null);
	const steps = [
		...(scenario ? scenarioSteps('en', scenario) : []),
		...(flow.steps.trim() === '' ? [] : parseSteps('en', flow.steps)),
	];
	const options = {
		isnClient,
		isnServer,
		network: flow.network,
		peer: null,
		twoWay: flow.twoWay ?? false,
	};
	return formatSession(runSteps(steps, options), 'packetdrill', {
		...options,
		lang: 'en',
		steps,
		scenario: scenario && scenarioText('en', scenario),
	});
}

/** Lines the exporter could not write for a kernel, which packetdrill therefore does not check. */
export function notExpressible(script: string): number {
	return script.split('\n').filter((line) => line.startsWith('// not expressible: ')).length;
}
