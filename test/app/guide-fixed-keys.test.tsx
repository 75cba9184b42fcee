// A lesson or a challenge fixes the network and who plays each side: m, p, w and o change nothing
// there (no network toggle, no automatic peer, no two-way "what if", no scenario list) and say so.
// The automatic peer in particular must not give a challenge a solve better than par.
import {describe, expect, it} from 'vitest';
import type {Command} from '../../source/commands.js';
import {initialSandbox, type SandboxState, sandboxReducer} from '../../source/hooks/use-sandbox.js';
import {t} from '../../source/i18n/index.js';
import {challengeSession, movesOf, parOf, solvedText} from '../../source/learn/challenge-guide.js';
import {challengeNamed, challenges} from '../../source/learn/challenges.js';
import {lessons} from '../../source/learn/lessons.js';
import {parseSteps} from '../../source/script/parse-steps.js';
import {play, type SessionOptions} from '../../source/tcp/session.js';
import {footer, header, ladderRows, linesOf, statePair, statusText} from '../helpers/frames.js';
import {challengeHeader, lessonHeader, namedIn} from '../helpers/guides.js';
import {sessionStates} from '../helpers/move-keys.js';
import {keys, memoryKeeper, press, renderUntilHeader} from '../helpers/render-app.js';

const options: SessionOptions = {isnClient: 100, isnServer: 300, network: 'instant', peer: null};

/** The keys a guide refuses, with the command each one is. */
const fixedKeys = [
	['m', 'network'],
	['p', 'peer'],
	['w', 'two-way'],
	['o', 'scenarios'],
] as const satisfies ReadonlyArray<readonly [string, Command]>;

const fixedText = t('en', 'mode.fixedInGuide');

function collapse(text: string): string {
	return text.replaceAll(/\s+/g, ' ').trim();
}

function lessonState(name: string): SandboxState {
	return sandboxReducer(initialSandbox(options), {type: 'begin', kind: 'lesson', name});
}

function challengeState(name: string): SandboxState {
	return sandboxReducer(initialSandbox(options), {type: 'begin', kind: 'challenge', name});
}

const named = namedIn('challenge', challengeNamed);

const guides = [
	...lessons.map((lesson) => ['lesson', lesson.name, () => lessonState(lesson.name)] as const),
	...challenges.map(
		(challenge) => ['challenge', challenge.name, () => challengeState(challenge.name)] as const,
	),
];

describe.each(guides)('in the %s %s, the reducer', (_, __, start) => {
	it.each(fixedKeys)(
		'%s keeps the session, network, peer and two-way, opens no menu',
		(key, command) => {
			const before = start();
			expect(before.guide).not.toBeNull();
			const after = sandboxReducer(before, {type: 'command', command, key});
			expect(after.sim.session).toBe(before.sim.session);
			expect(after.sim.session.network).toBe(before.sim.session.network);
			expect(after.sim.session.peer).toBe(before.sim.session.peer);
			expect(after.sim.session.twoWay).toBe(before.sim.session.twoWay);
			expect(after.sim.options).toEqual(before.sim.options);
			expect(after.guide).toBe(before.guide);
			expect(after.overlay).toEqual({kind: 'none'});
			expect(after.notice).toEqual({key: 'mode.fixedInGuide'});
		},
	);
});

describe('the same keys on the screen', () => {
	/** Everything but the status lines: the header, the panes, the ladder's rows and the footer. */
	function board(frame: string) {
		const lines = linesOf(frame);
		const ladderTop = lines.findIndex((line) => /^Client +Server$/.test(line));
		return {
			header: lines[0],
			panes: lines.slice(1, ladderTop),
			ladder: ladderRows(frame),
			footer: footer(frame),
		};
	}

	/** The guide on a screen wide enough for the whole header: network, peer and two-way. */
	async function startWide(start: {mode: 'lesson' | 'challenge'; name: string}, title: string) {
		const app = await renderUntilHeader({columns: 200, rows: 50, start}, title);
		await press(app.stdin);
		return app;
	}

	/** Each of m, p, w, o: the catalog text, the board as it was, and no scenario list. */
	async function expectFixedKeysRefused(app: Awaited<ReturnType<typeof startWide>>) {
		const first = app.frame();
		for (const [key] of fixedKeys) {
			await press(app.stdin, key);
			const now = app.frame();
			expect(collapse(statusText(now)), `after ${key}`).toContain(collapse(fixedText));
			expect(board(now), `after ${key}`).toEqual(board(first));
			expect(now, `after ${key}`).not.toContain(t('en', 'ui.scenarioTitle'));
		}
	}

	it.each(lessons.map((lesson) => [lesson.name, lesson] as const))(
		'lesson %s: each of m, p, w, o shows the catalog text and changes nothing on the board',
		async (_, lesson) => {
			const app = await startWide({mode: 'lesson', name: lesson.name}, lessonHeader(lesson));
			expect(header(app.frame())).toContain(
				t('en', 'ui.network', {
					mode: t('en', lesson.network === 'manual' ? 'ui.manual' : 'ui.instant'),
				}),
			);
			await expectFixedKeysRefused(app);
			app.unmount();
		},
	);

	it.each(challenges.map((challenge) => [challenge.name, challenge] as const))(
		'challenge %s: each of m, p, w, o shows the catalog text and changes nothing on the board',
		async (_, challenge) => {
			const app = await startWide(
				{mode: 'challenge', name: challenge.name},
				challengeHeader(challenge),
			);
			await expectFixedKeysRefused(app);
			app.unmount();
		},
	);
});

describe('--challenge establish, keys Tab l Tab p s a', () => {
	const challenge = named('establish');
	const par = parOf(challenge);
	// What the student's own keys do once p has been refused: l and s are accepted, a is not.
	const setup = challengeSession(challenge, options);
	const engine = parseSteps('en', 's:listen c:syn c:ack').reduce(
		(session, step) => play(session, step.move, step.input),
		setup,
	);
	const counted = movesOf(engine, setup.steps.length);

	it('the engine agrees: two accepted moves, not established', () => {
		expect(counted).toBe(2);
		expect(challenge.done(engine)).toBe(false);
		expect(counted).toBeLessThan(par);
	});

	it('p brings in no automatic peer: not solved, and only the accepted moves are counted', async () => {
		const keeper = memoryKeeper();
		const app = await renderUntilHeader(
			{
				columns: 80,
				rows: 40,
				start: {mode: 'challenge', name: challenge.name},
				progress: keeper.keeper,
				now: () => 0,
			},
			challengeHeader(challenge),
		);
		const {frame} = app;
		await press(app.stdin, keys.tab, 'l', keys.tab, 'p');
		expect(collapse(statusText(frame()))).toContain(collapse(fixedText));
		await press(app.stdin, 's', 'a');
		const last = frame();
		expect(statePair(last)).toBe(sessionStates(engine));
		expect(statePair(last)).not.toBe('ESTABLISHED/ESTABLISHED');
		expect(header(last)).toContain(t('en', 'mode.challengeMoves', {moves: counted, par}));
		for (let moves = 0; moves <= par + 2; moves++) {
			expect(collapse(statusText(last))).not.toContain(collapse(solvedText('en', moves, par)));
		}
		await press(app.stdin);
		expect(keeper.saved).toEqual([]);
		app.unmount();
	});
});
