// Every lesson played on the screen by its keys, as a student would: the step counter, the panes
// against the engine, the wrong keys (rejected, or allowed but not the step), undo, and the
// progress saved at the end. What to expect is derived from the lessons' steps and the engine.
import {describe, expect, it} from 'vitest';
import {t} from '../../source/i18n/index.js';
import type {Lesson} from '../../source/learn/lesson.js';
import {lessonSession, lessonStep, nextLesson, sameMove} from '../../source/learn/lesson-guide.js';
import {lessons} from '../../source/learn/lessons.js';
import {type ActionType, actionOf, actionTypes, type Move} from '../../source/tcp/machine.js';
import {netActionTypes} from '../../source/tcp/network.js';
import {type NetMove, play, type Session} from '../../source/tcp/session.js';
import {activeSide, header, ladderRows, linesOf, statePair, statusText} from '../helpers/frames.js';
import {lessonHeader} from '../helpers/guides.js';
import {keyOf, netKeys, sessionStates} from '../helpers/move-keys.js';
import {memoryKeeper, press, renderUntilHeader, waitUntil} from '../helpers/render-app.js';

const isns = {isnClient: 100, isnServer: 300} as const;
/** Tall enough that no lesson's ladder is cut, so that a frame's ladder can be compared whole. */
const size = {columns: 80, rows: 60} as const;
/** The clock the App dates the completion with. */
const completedAt = Date.UTC(2025, 2, 1, 9, 30);

/** The lesson on the screen: it starts in an effect after the first frame, so wait for its header. */
async function startLesson(lesson: Lesson) {
	const progress = memoryKeeper();
	const app = await renderUntilHeader(
		{
			...isns,
			...size,
			start: {mode: 'lesson', name: lesson.name},
			progress: progress.keeper,
			now: () => completedAt,
		},
		lessonHeader(lesson),
	);
	return {...app, progress};
}

function counter(lesson: Lesson, step: number): string {
	return t('en', 'mode.lessonStep', {step, steps: lesson.steps.length});
}

/** The sessions the engine reaches: [0] after the setup, [k] after the lesson's first k steps. */
function sessionsOf(lesson: Lesson): Session[] {
	const sessions = [lessonSession(lesson, {...isns, network: 'instant', peer: null})];
	lesson.steps.forEach((_, index) => {
		const step = lessonStep(lesson, index);
		if (!step) throw new Error(`${lesson.name}: no step ${index}`);
		const before = sessions.at(-1) as Session;
		const after = play(before, step.move, step.input);
		expect(after.steps.at(-1)?.result.verdict.ok, `${lesson.name} ${step.input}`).toBe(true);
		sessions.push(after);
	});
	return sessions;
}

function stepKey(lesson: Lesson, index: number): string {
	const step = lessonStep(lesson, index);
	if (!step) throw new Error(`${lesson.name}: no step ${index}`);
	return keyOf(step.move);
}

/** What the panes and the ladder show: everything but the status line and the footer. */
function board(frame: string) {
	const lines = linesOf(frame);
	const ladderTop = lines.findIndex((line) => /^Client +Server$/.test(line));
	return {
		header: header(frame),
		panes: lines.slice(1, ladderTop),
		ladder: ladderRows(frame),
	};
}

type WrongKey = {readonly key: string; readonly move: Move | NetMove};

/**
 * The keys that are not the step's, split by what the engine says of them: every side move of the
 * side the keys act on, and in manual delivery the network's moves on segment 1.
 */
function wrongKeys(session: Session, side: 'client' | 'server', expected: Move | NetMove) {
	const sideMoves: WrongKey[] = actionTypes.map((type: ActionType) => {
		const move: Move = {side, action: actionOf(type)};
		return {key: keyOf(move), move};
	});
	const netMoves: WrongKey[] =
		session.network === 'manual'
			? netActionTypes.map((type) => ({
					key: netKeys[type],
					move: {side: 'net', action: {type, index: 1}},
				}))
			: [];
	const others = [...sideMoves, ...netMoves].filter(({move}) => !sameMove(move, expected));
	const verdictOf = ({move}: WrongKey) => play(session, move).steps.at(-1)?.result.verdict.ok;
	return {
		rejected: others.filter((wrong) => verdictOf(wrong) === false),
		allowed: others.filter((wrong) => verdictOf(wrong) === true),
	};
}

describe.each(lessons.map((lesson) => [lesson.name, lesson] as const))('lesson %s', (_, lesson) => {
	const sessions = sessionsOf(lesson);

	it('plays every step by its key: the counter advances, the panes follow the engine, and it ends complete and saved', async () => {
		const app = await startLesson(lesson);
		expect(header(app.frame())).toContain(lessonHeader(lesson));
		expect(header(app.frame())).toContain(counter(lesson, 1));
		expect(statePair(app.frame())).toBe(sessionStates(sessions[0] as Session));
		expect(statusText(app.frame())).toContain(
			t('en', 'mode.lessonStart', {title: t('en', lesson.title), intro: t('en', lesson.intro)}),
		);

		for (let index = 0; index < lesson.steps.length; index++) {
			const step = lessonStep(lesson, index);
			// The lesson puts the keys on the side that moves next; the network's keys need no side.
			if (step && step.move.side !== 'net') expect(activeSide(app.frame())).toBe(step.move.side);
			expect(app.progress.saved, 'nothing saved before the last step').toEqual([]);
			await press(app.stdin, stepKey(lesson, index));
			const frame = app.frame();
			const shown = Math.min(index + 2, lesson.steps.length);
			expect(header(frame), `after step ${index + 1}`).toContain(counter(lesson, shown));
			expect(statePair(frame), `after step ${index + 1}`).toBe(
				sessionStates(sessions[index + 1] as Session),
			);
			expect(statusText(frame)).not.toContain(t('en', 'ui.rejected'));
		}

		const end = statusText(app.frame());
		expect(end).toContain(t('en', 'mode.lessonDone', {outro: t('en', lesson.outro)}));
		expect(end).toContain('Lesson complete');
		// The next lesson is offered by its key, or the menu after the last.
		const following = nextLesson(lesson);
		expect(end).toContain(
			following
				? t('en', 'mode.lessonNext', {key: 'Space', title: t('en', following.title), menu: 'Esc'})
				: t('en', 'mode.lessonLast', {menu: 'Esc'}),
		);
		// The App saves in an effect after the frame that says so.
		await waitUntil(() => app.progress.saved.length > 0, 'the progress saved');
		await press(app.stdin);
		expect(app.progress.saved).toHaveLength(1);
		expect(app.progress.last()?.lessons).toEqual({
			[lesson.name]: {completedAt: new Date(completedAt).toISOString()},
		});
		app.unmount();
	});

	it('a wrong key changes nothing on the board and shows the hint; "rejected" only when the engine refuses it', async () => {
		const app = await startLesson(lesson);
		let checkedRejected = 0;
		let checkedAllowed = 0;
		for (let index = 0; index < lesson.steps.length; index++) {
			const step = lessonStep(lesson, index);
			const session = sessions[index] as Session;
			if (!step) throw new Error(`no step ${index}`);
			const hint = t('en', lesson.steps[index]?.hint ?? 'mode.lessonOver');
			const before = board(app.frame());
			const {rejected, allowed} = wrongKeys(session, activeSide(app.frame()), step.move);
			// One of each kind, when the engine offers one: the first in the key table's order.
			for (const [wrong, refused] of [
				[rejected[0], true],
				[allowed[0], false],
			] as const) {
				if (!wrong) continue;
				await press(app.stdin, wrong.key);
				const frame = app.frame();
				const what = `step ${index + 1}, key ${JSON.stringify(wrong.key)}`;
				expect(board(frame), what).toEqual(before);
				expect(statusText(frame), what).toContain(hint);
				if (refused) {
					expect(statusText(frame), what).toContain(`✗ ${t('en', 'ui.rejected')}:`);
					checkedRejected++;
				} else {
					expect(statusText(frame), what).toContain(t('en', 'mode.notThisStep', {hint}));
					expect(statusText(frame), what).not.toContain(t('en', 'ui.rejected'));
					checkedAllowed++;
				}
			}
			await press(app.stdin, stepKey(lesson, index));
			expect(statePair(app.frame())).toBe(sessionStates(sessions[index + 1] as Session));
		}
		// Both kinds were tried in this lesson (today every step has both): the test is not vacuous.
		expect(checkedRejected).toBeGreaterThan(0);
		expect(checkedAllowed).toBeGreaterThan(0);
		app.unmount();
	});

	it('u takes back one step at a time, down to the first, and the steps can be played again', async () => {
		const app = await startLesson(lesson);
		for (let index = 0; index < lesson.steps.length; index++) {
			await press(app.stdin, stepKey(lesson, index));
		}
		const ladder = ladderRows(app.frame()).length;
		for (let index = lesson.steps.length - 1; index >= 0; index--) {
			await press(app.stdin, 'u');
			const frame = app.frame();
			expect(header(frame), `after undoing step ${index + 1}`).toContain(
				counter(lesson, index + 1),
			);
			expect(statePair(frame)).toBe(sessionStates(sessions[index] as Session));
			expect(ladderRows(frame).length).toBeLessThan(ladder);
			const step = lessonStep(lesson, index);
			if (step && step.move.side !== 'net') expect(activeSide(frame)).toBe(step.move.side);
		}
		await press(app.stdin, 'u');
		expect(statusText(app.frame())).toContain(t('en', 'ui.nothingToUndo'));
		expect(statePair(app.frame())).toBe(sessionStates(sessions[0] as Session));

		await press(app.stdin, stepKey(lesson, 0));
		expect(header(app.frame())).toContain(counter(lesson, Math.min(2, lesson.steps.length)));
		expect(statePair(app.frame())).toBe(sessionStates(sessions[1] as Session));
		app.unmount();
	});
});
