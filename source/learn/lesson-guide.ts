// A lesson on the sandbox screen: only the step's move is played; any other key is explained.
import {type Command, keyOf, moveCommands, netCommands} from '../commands.js';
import {type Language, t} from '../i18n/index.js';
import {builtInSteps, type ParsedStep} from '../script/parse-steps.js';
import {sessionAfter} from '../script/run-script.js';
import {actionName, explain, optionLabel} from '../tcp/explain.js';
import {type Move, type Verdict, validOptions} from '../tcp/machine.js';
import {message} from '../tcp/message.js';
import {type NetMove, play, type Session, type SessionOptions, undo} from '../tcp/session.js';
import type {Side} from '../tcp/states.js';
import type {Begun, Changed, GuideApi, GuideStatus} from './guide-api.js';
import type {Lesson} from './lesson.js';
import {lessons} from './lessons.js';

export type LessonGuide = {
	readonly kind: 'lesson';
	readonly lesson: Lesson;
	/** The step the student makes next; steps.length once the lesson is over. */
	readonly step: number;
	/** The engine's verdict on the last key that was not this step's, until the right one. */
	readonly wrong: Verdict | null;
	/** How many steps the setup played before the lesson's first. */
	readonly base: number;
};

export function lessonSession(lesson: Lesson, options: SessionOptions): Session {
	const network = lesson.network;
	return sessionAfter(lesson.setup, {
		...options,
		network,
		peer: null,
		twoWay: lesson.twoWay ?? false,
	});
}

export function lessonStep(lesson: Lesson, index: number): ParsedStep | undefined {
	const step = lesson.steps[index];
	return step ? builtInSteps(step.move)[0] : undefined;
}

export function sameMove(a: Move | NetMove, b: Move | NetMove): boolean {
	if (a.side === 'net' && b.side === 'net') {
		return a.action.type === b.action.type && a.action.index === b.action.index;
	}
	return a.side === b.side && a.action.type === b.action.type;
}

/**
 * "Press s (SYN) on the client.", with the key from the command table and, for a side, what the
 * move would send from where it is now: "Press f (close)" where a CLOSE sends no FIN. When the keys
 * act on the other side (`active`), the key that switches comes first.
 */
export function pressText(
	lang: Language,
	session: Session,
	move: Move | NetMove,
	active?: Side,
): string {
	if (move.side === 'net') {
		return t(lang, 'mode.pressNet', {
			key: keyOf(netCommands[move.action.type]),
			action: actionName(lang, move.action.type),
		});
	}
	const {type} = move.action;
	const option = validOptions(session.connection, move.side).find((each) => each.type === type);
	const params = {
		key: keyOf(moveCommands[type]),
		action: option ? optionLabel(lang, option) : actionName(lang, type),
		me: move.side,
	};
	if (active !== undefined && active !== move.side) {
		return t(lang, 'mode.pressSwitch', {...params, side: keyOf('switch-side')});
	}
	return t(lang, 'mode.press', params);
}

/** The side the keys act on for a step: its own, or for the network's, the side they were on. */
function sideFor(lesson: Lesson, step: number): Side | undefined {
	const move = lessonStep(lesson, step)?.move;
	return move && move.side !== 'net' ? move.side : undefined;
}

export function beginLesson(lesson: Lesson, options: SessionOptions): Begun<LessonGuide> {
	const session = lessonSession(lesson, options);
	return {
		session,
		guide: {kind: 'lesson', lesson, step: 0, wrong: null, base: session.steps.length},
		active: sideFor(lesson, 0) ?? 'client',
		notice: null,
	};
}

/** The lesson after this one in the menu's order, if any. */
export function nextLesson(lesson: Lesson): Lesson | undefined {
	const index = lessons.indexOf(lesson);
	return index === -1 ? undefined : lessons[index + 1];
}

/** The student pressed a move's key: the step's move is played, anything else only explained. */
function onMove(session: Session, guide: LessonGuide, move: Move | NetMove): Changed<LessonGuide> {
	const expected = lessonStep(guide.lesson, guide.step);
	if (expected && sameMove(move, expected.move)) {
		const played = play(session, expected.move, expected.input);
		const verdict = played.steps.at(-1)?.result.verdict;
		// The lesson's steps are all accepted from its own start; a refusal means it went off course.
		if (verdict?.ok) {
			const step = guide.step + 1;
			const finished = step >= guide.lesson.steps.length;
			return {
				session: played,
				guide: {...guide, step, wrong: null},
				notice: null,
				...(sideFor(guide.lesson, step) ? {active: sideFor(guide.lesson, step)} : {}),
				...(finished ? {achieved: {kind: 'lesson', name: guide.lesson.name}} : {}),
			};
		}
		if (verdict) return {session, guide: {...guide, wrong: verdict}, notice: null};
	}
	const tried = play(session, move).steps.at(-1);
	const wrong: Verdict = tried?.result.verdict ?? {
		ok: false,
		because: message('mode.lessonOver'),
		validNow: null,
	};
	return {session, guide: {...guide, wrong}, notice: null};
}

function undoStep(session: Session, guide: LessonGuide): Changed<LessonGuide> {
	if (guide.step === 0) return {refused: {key: 'ui.nothingToUndo'}};
	const step = guide.step - 1;
	const side = sideFor(guide.lesson, step);
	return {
		session: undo(session),
		guide: {...guide, step, wrong: null},
		notice: null,
		...(side ? {active: side} : {}),
	};
}

function finished(guide: LessonGuide): boolean {
	return guide.step >= guide.lesson.steps.length;
}

/** Once it is done, Space starts the next lesson. */
function next(
	_session: Session,
	guide: LessonGuide,
	options: SessionOptions,
): Changed<LessonGuide> {
	const following = nextLesson(guide.lesson);
	if (!finished(guide)) {
		return {refused: {key: 'mode.nextNotYet', params: {key: keyOf('next')}}};
	}
	if (!following) return {refused: {key: 'mode.lessonLast', params: {menu: keyOf('menu')}}};
	return beginLesson(following, options);
}

/** What to press now: the step's key, or once the lesson is over, the key to the next one. */
function prompt(
	lang: Language,
	session: Session,
	guide: LessonGuide,
	active?: Side,
): string | null {
	const expected = lessonStep(guide.lesson, guide.step);
	if (expected) return pressText(lang, session, expected.move, active);
	const following = nextLesson(guide.lesson);
	return following
		? t(lang, 'mode.lessonNext', {
				key: keyOf('next'),
				title: t(lang, following.title),
				menu: keyOf('menu'),
			})
		: t(lang, 'mode.lessonLast', {menu: keyOf('menu')});
}

/**
 * What the status line says during a lesson, as paragraphs from the least to the most needed: the
 * engine's explanation of the last move, what it proved, what comes next, and the key to press.
 * When rows run short, the screen drops them from the top, so the key to press is never lost.
 */
function status(lang: Language, session: Session, guide: LessonGuide, active?: Side): GuideStatus {
	const {lesson, step, wrong} = guide;
	const next = lesson.steps[step];
	const press = prompt(lang, session, guide, active);
	const last = (texts: Array<string | null>) => texts.filter((text) => text !== null);
	if (wrong) {
		const hint = next ? t(lang, next.hint) : t(lang, 'mode.lessonOver');
		// The refusal and what is valid, then the step's key again: nothing said before still stands.
		const reason = wrong.ok
			? [t(lang, 'mode.notThisStep', {hint})]
			: [
					t(lang, 'ui.rejectedBecause', {reason: explain(lang, wrong)}),
					t(lang, 'mode.lessonHint', {hint}),
				];
		return {kind: 'own', paragraphs: last([...reason, next ? press : null]), mark: 'bad'};
	}
	const done = lesson.steps[step - 1];
	const played = session.steps.at(-1);
	if (!done || !played) {
		const start = t(lang, 'mode.lessonStart', {
			title: t(lang, lesson.title),
			intro: t(lang, lesson.intro),
		});
		return {
			kind: 'own',
			paragraphs: last([start, next ? t(lang, next.before) : null, press]),
			mark: null,
		};
	}
	const ahead = next
		? [t(lang, 'mode.next', {before: t(lang, next.before)}), press]
		: [t(lang, 'mode.lessonDone', {outro: t(lang, lesson.outro)}), press];
	return {
		kind: 'own',
		paragraphs: last([
			explain(lang, played.result.verdict, {linux: false}),
			t(lang, done.after),
			...ahead,
		]),
		mark: 'ok',
		noteAfter: 0,
	};
}

/** The status as text, paragraphs on lines of their own, and whether it is good news. */
export function lessonStatus(
	lang: Language,
	session: Session,
	guide: LessonGuide,
	active?: Side,
): {text: string; ok: boolean | null} {
	const said = status(lang, session, guide, active);
	if (said.kind !== 'own') return {text: '', ok: null};
	return {text: said.paragraphs.join('\n'), ok: said.mark === null ? null : said.mark === 'ok'};
}

export const lessonGuide: GuideApi<LessonGuide> = {
	guided: true,
	onMove,
	undo: undoStep,
	next,
	hasNext: (_session, guide) => finished(guide) && nextLesson(guide.lesson) !== undefined,
	restart: (guide, options) => ({
		...beginLesson(guide.lesson, options),
		notice: {key: 'mode.lessonRestart'},
	}),
	status,
	prompt,
	expects(_session, guide, active) {
		const expected = lessonStep(guide.lesson, guide.step)?.move;
		if (!expected) return nextLesson(guide.lesson) ? ['next'] : [];
		if (expected.side === 'net') return [netCommands[expected.action.type]];
		const command: Command = moveCommands[expected.action.type];
		return expected.side === active ? [command] : ['switch-side', command];
	},
	header: (lang, _session, {lesson, step}) => ({
		title: t(lang, 'mode.lessonHeader', {
			index: lessons.indexOf(lesson) + 1,
			count: lessons.length,
			title: t(lang, lesson.title),
		}),
		progress: t(lang, 'mode.lessonStep', {
			step: Math.min(step + 1, lesson.steps.length),
			steps: lesson.steps.length,
		}),
	}),
	setup: (guide) => guide.base,
};
