// Every challenge played on the screen by its keys: the move counter against par, the solved
// message, what the progress keeper is told, the solution key, undo and starting over. What to
// expect comes from the challenges' solutions replayed by the engine.
import {describe, expect, it} from 'vitest';
import {t} from '../../source/i18n/index.js';
import type {Challenge} from '../../source/learn/challenge.js';
import {
	challengeSession,
	movesOf,
	parOf,
	solutionSession,
	solvedText,
} from '../../source/learn/challenge-guide.js';
import {challengeNamed, challenges} from '../../source/learn/challenges.js';
import {emptyProgress, withChallenge} from '../../source/progress/progress.js';
import {parseSteps} from '../../source/script/parse-steps.js';
import {play, type Session, type SessionOptions} from '../../source/tcp/session.js';
import {activeSide, header, ladderRows, linesOf, statePair, statusText} from '../helpers/frames.js';
import {challengeHeader, namedIn} from '../helpers/guides.js';
import {keyOf, playAll, sessionStates} from '../helpers/move-keys.js';
import {
	escapeTo,
	keys,
	memoryKeeper,
	pick,
	press,
	renderUntilHeader,
	waitUntil,
} from '../helpers/render-app.js';

const options: SessionOptions = {isnClient: 100, isnServer: 300, network: 'instant', peer: null};
/**
 * Tall enough for the whole explanation: at 80x24 the status line is cut before the solved
 * message in some challenges (reported separately), and this file tests what the message says.
 */
const size = {columns: 80, rows: 40} as const;
const clock = Date.UTC(2025, 2, 1, 10, 0);
const at = new Date(clock).toISOString();

const named = namedIn('challenge', challengeNamed);

function movesText(moves: number, challenge: Challenge): string {
	return t('en', 'mode.challengeMoves', {moves, par: parOf(challenge)});
}

function goalText(challenge: Challenge): string {
	return t('en', 'mode.challengeGoal', {
		goal: t('en', challenge.goal),
		par: String(parOf(challenge)),
	});
}

/** The challenge on screen; it starts in an effect after the first frame, so wait for its header. */
async function startChallenge(challenge: Challenge, keeper = memoryKeeper()) {
	const app = await renderUntilHeader(
		{
			...size,
			isnClient: options.isnClient,
			isnServer: options.isnServer,
			start: {mode: 'challenge', name: challenge.name},
			progress: keeper.keeper,
			now: () => clock,
		},
		challengeHeader(challenge),
	);
	const {frame} = app;
	/** Play moves in script syntax by their keys, with Tab first when the other side moves. */
	const playKeys = async (script: string, each?: (frame: string, played: number) => void) => {
		for (const [index, {move}] of parseSteps('en', script).entries()) {
			if (move.side !== 'net' && move.side !== activeSide(frame())) {
				await press(app.stdin, keys.tab);
				expect(activeSide(frame())).toBe(move.side);
			}
			await press(app.stdin, keyOf(move));
			each?.(frame(), index + 1);
		}
	};
	return {...app, progress: keeper, playKeys};
}

/** The engine's session after the setup and then `script`. */
function engineAfter(challenge: Challenge, script: string): Session {
	return playAll(challengeSession(challenge, options), script);
}

describe.each(challenges.map((challenge) => [challenge.name, challenge] as const))(
	'challenge %s',
	(_, challenge) => {
		const par = parOf(challenge);
		const setup = challengeSession(challenge, options);

		it('starts from its setup with the goal, at "moves 0 · par P"', async () => {
			const app = await startChallenge(challenge);
			expect(header(app.frame())).toContain(movesText(0, challenge));
			expect(statePair(app.frame())).toBe(sessionStates(setup));
			expect(statusText(app.frame())).toContain(goalText(challenge));
			app.unmount();
		});

		it('its solution played by keys counts each move, says solved at par, and records the solve', async () => {
			const app = await startChallenge(challenge);
			const solved = solvedText('en', par, par);
			const steps = parseSteps('en', challenge.solution);
			let engine = setup;
			await app.playKeys(challenge.solution, (frame, played) => {
				const step = steps[played - 1];
				if (step) engine = play(engine, step.move, step.input);
				const moves = movesOf(engine, setup.steps.length);
				expect(moves).toBe(played);
				expect(header(frame), `after move ${played}`).toContain(movesText(moves, challenge));
				expect(statePair(frame), `after move ${played}`).toBe(sessionStates(engine));
				if (played < par) expect(statusText(frame)).not.toContain(solved);
			});
			expect(statusText(app.frame())).toContain(solved);
			expect(statusText(app.frame())).toContain(t('en', 'mode.atPar'));
			await waitUntil(() => app.progress.saved.length > 0, 'the solve saved');
			await press(app.stdin);
			expect(app.progress.saved).toHaveLength(1);
			expect(app.progress.last()?.challenges).toEqual({
				[challenge.name]: {status: 'solved', best: par, at},
			});
			app.unmount();
		});

		it('v shows the solution on the board and records it as shown', async () => {
			const app = await startChallenge(challenge);
			await press(app.stdin, 'v');
			// The solution as the definition writes it, one space between moves.
			const moves = challenge.solution
				.trim()
				.split(/[\s,]+/)
				.join(' ');
			expect(statusText(app.frame())).toContain(
				t('en', 'mode.solutionShown', {par: String(par), moves}),
			);
			expect(statePair(app.frame())).toBe(sessionStates(solutionSession(challenge, options)));
			expect(header(app.frame())).toContain(movesText(par, challenge));
			await waitUntil(() => app.progress.saved.length > 0, 'the shown solution saved');
			expect(app.progress.last()?.challenges).toEqual({[challenge.name]: {status: 'shown', at}});
			app.unmount();
		});

		it("u cannot undo the setup, and undoes the student's own move", async () => {
			const app = await startChallenge(challenge);
			const before = {states: statePair(app.frame()), ladder: ladderRows(app.frame())};
			await press(app.stdin, 'u');
			expect(statusText(app.frame())).toContain(t('en', 'mode.cannotUndoSetup'));
			expect(statePair(app.frame())).toBe(before.states);
			expect(ladderRows(app.frame())).toEqual(before.ladder);

			const [first] = challenge.solution.trim().split(/\s+/);
			await app.playKeys(first ?? '');
			expect(header(app.frame())).toContain(movesText(1, challenge));
			await press(app.stdin, 'u');
			expect(header(app.frame())).toContain(movesText(0, challenge));
			expect(statePair(app.frame())).toBe(before.states);
			expect(ladderRows(app.frame())).toEqual(before.ladder);
			await press(app.stdin, 'u');
			expect(statusText(app.frame())).toContain(t('en', 'mode.cannotUndoSetup'));
			app.unmount();
		});

		it('n asks first; any other key keeps the moves, y starts the challenge again', async () => {
			const app = await startChallenge(challenge);
			const [first, second] = challenge.solution.trim().split(/\s+/);
			await app.playKeys(`${first} ${second}`);
			const played = {states: statePair(app.frame()), header: header(app.frame())};
			expect(played.header).toContain(movesText(2, challenge));

			await press(app.stdin, 'n');
			expect(statusText(app.frame())).toContain(t('en', 'ui.confirmReset'));
			await press(app.stdin, 'z');
			expect(header(app.frame())).toBe(played.header);
			expect(statePair(app.frame())).toBe(played.states);

			await press(app.stdin, 'n');
			await press(app.stdin, 'y');
			expect(header(app.frame())).toContain(movesText(0, challenge));
			expect(statePair(app.frame())).toBe(sessionStates(setup));
			expect(statusText(app.frame())).toContain(goalText(challenge));
			app.unmount();
		});
	},
);

describe('a solve is never overwritten by a shown solution', () => {
	const challenge = named('establish');
	const par = parOf(challenge);

	it('v after solving shows the solution but saves nothing new', async () => {
		const app = await startChallenge(challenge);
		await app.playKeys(challenge.solution);
		await waitUntil(() => app.progress.saved.length > 0, 'the solve saved');
		await press(app.stdin, 'v');
		expect(statePair(app.frame())).toBe(sessionStates(solutionSession(challenge, options)));
		await press(app.stdin);
		await press(app.stdin);
		expect(app.progress.saved).toHaveLength(1);
		expect(app.progress.last()?.challenges).toEqual({
			[challenge.name]: {status: 'solved', best: par, at},
		});
		app.unmount();
	});

	it('v in a later run, with the solve already kept, does not save "shown"', async () => {
		const earlier = new Date(Date.UTC(2024, 0, 1));
		const kept = withChallenge(
			emptyProgress(),
			challenge.name,
			{solved: true, moves: par},
			earlier,
		);
		const app = await startChallenge(challenge, memoryKeeper(kept));
		await press(app.stdin, 'v');
		expect(statusText(app.frame())).toContain(
			t('en', 'mode.solutionShown', {par: String(par), moves: challenge.solution}),
		);
		await press(app.stdin);
		await press(app.stdin);
		expect(app.progress.saved).toEqual([]);

		// The menu still says solved.
		await escapeTo(app, t('en', 'mode.menuTitle'));
		await pick(app, t('en', 'mode.challenges', {done: 1, total: challenges.length}));
		const list = app.frame();
		expect(header(list)).toContain(t('en', 'mode.challengesTitle'));
		const line = linesOf(list).find((row) => row.includes(t('en', challenge.title)));
		expect(line).toContain(`✓ ${t('en', 'mode.solved', {moves: par})}`);
		app.unmount();
	});

	it('a solve after the solution was shown turns "shown" into "solved"', async () => {
		const app = await startChallenge(challenge);
		await press(app.stdin, 'v');
		await waitUntil(() => app.progress.saved.length === 1, 'shown saved');
		await press(app.stdin, 'n');
		await press(app.stdin, 'y');
		await app.playKeys(challenge.solution);
		await waitUntil(() => app.progress.saved.length === 2, 'the solve saved');
		expect(app.progress.last()?.challenges).toEqual({
			[challenge.name]: {status: 'solved', best: par, at},
		});
		app.unmount();
	});
});

describe('a solve longer than par', () => {
	const challenge = named('client-time-wait');
	const par = parOf(challenge);
	// The server ACKs the FIN on its own before sending its FIN: one move more than the FIN,ACK.
	// Either FIN takes the client to TIME_WAIT as it arrives, before any last ACK.
	const longer = 'c:fin s:ack s:fin';
	const longerMoves = parseSteps('en', longer).length;

	it('is a real solve, one the engine finishes only at its last move', () => {
		const moves = longer.split(' ');
		expect(challenge.done(engineAfter(challenge, moves.slice(0, -1).join(' ')))).toBe(false);
		expect(challenge.done(engineAfter(challenge, longer))).toBe(true);
		expect(longerMoves).toBeGreaterThan(par);
	});

	it('says par could be beaten, keeps the longer count, then a par solve lowers the best', async () => {
		const app = await startChallenge(challenge);
		await app.playKeys(longer);
		expect(header(app.frame())).toContain(movesText(longerMoves, challenge));
		const status = statusText(app.frame());
		expect(status).toContain(solvedText('en', longerMoves, par));
		expect(status).toContain(t('en', 'mode.overPar', {par}));
		await waitUntil(() => app.progress.saved.length === 1, 'the longer solve saved');
		expect(app.progress.last()?.challenges[challenge.name]).toEqual({
			status: 'solved',
			best: longerMoves,
			at,
		});

		await press(app.stdin, 'n');
		await press(app.stdin, 'y');
		await app.playKeys(challenge.solution);
		expect(statusText(app.frame())).toContain(solvedText('en', par, par));
		await waitUntil(() => app.progress.saved.length === 2, 'the par solve saved');
		expect(app.progress.last()?.challenges[challenge.name]).toEqual({
			status: 'solved',
			best: par,
			at,
		});

		// A longer solve again does not raise the best.
		await press(app.stdin, 'n');
		await press(app.stdin, 'y');
		await app.playKeys(longer);
		expect(statusText(app.frame())).toContain(t('en', 'mode.overPar', {par}));
		await press(app.stdin);
		await press(app.stdin);
		expect(app.progress.saved).toHaveLength(2);
		app.unmount();
	});
});
