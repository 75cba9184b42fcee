// A lesson on the sandbox screen: only the step's move is played; any other key is explained.
import {t} from '../i18n/index.js';
import {actionKeys} from '../keys.js';
import type {Lesson} from '../lessons/lesson.js';
import {type ParsedStep, parseSteps} from '../script/parse-steps.js';
import {sessionAfter} from '../script/run-script.js';
import {actionName, explain} from '../tcp/explain.js';
import type {Move, Verdict} from '../tcp/machine.js';
import {message} from '../tcp/message.js';
import {type NetMove, play, type Session, type SessionOptions} from '../tcp/session.js';

export type LessonGuide = {
	readonly kind: 'lesson';
	readonly lesson: Lesson;
	/** The step the student makes next; steps.length once the lesson is over. */
	readonly step: number;
	/** The engine's verdict on the last key that was not this step's, until the right one. */
	readonly wrong: Verdict | null;
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
	return step ? parseSteps(step.move)[0] : undefined;
}

export function sameMove(a: Move | NetMove, b: Move | NetMove): boolean {
	if (a.side === 'net' && b.side === 'net') {
		return a.action.type === b.action.type && a.action.index === b.action.index;
	}
	return a.side === b.side && a.action.type === b.action.type;
}

const netKeys = {deliver: 'Enter', drop: 'x', dup: '+'} as const;

/** "Press s (SYN) on the client." */
export function pressText(move: Move | NetMove): string {
	if (move.side === 'net') {
		return t('mode.pressNet', {
			key: netKeys[move.action.type],
			action: actionName(move.action.type),
		});
	}
	return t('mode.press', {
		key: actionKeys[move.action.type],
		action: actionName(move.action.type),
		me: move.side,
	});
}

export type Attempt = {
	readonly session: Session;
	readonly guide: LessonGuide;
	readonly advanced: boolean;
};

/** The student pressed a move's key: the step's move is played, anything else only explained. */
export function attempt(session: Session, guide: LessonGuide, move: Move | NetMove): Attempt {
	const expected = lessonStep(guide.lesson, guide.step);
	if (expected && sameMove(move, expected.move)) {
		const played = play(session, expected.move, expected.input);
		const verdict = played.steps.at(-1)?.result.verdict;
		// The lesson's steps are all accepted from its own start; a refusal means it went off course.
		if (verdict?.ok) {
			return {
				session: played,
				guide: {...guide, step: guide.step + 1, wrong: null},
				advanced: true,
			};
		}
		if (verdict) return {session, guide: {...guide, wrong: verdict}, advanced: false};
	}
	const tried = play(session, move).steps.at(-1);
	const verdict: Verdict = tried?.result.verdict ?? {
		ok: false,
		because: message('mode.lessonOver'),
		validNow: null,
	};
	return {session, guide: {...guide, wrong: verdict}, advanced: false};
}

/**
 * What the status line says during a lesson, as paragraphs from the least to the most needed: the
 * engine's explanation of the last move, what it proved, what comes next, and the key to press.
 * When rows run short, the screen drops them from the top.
 */
export function lessonStatus(
	session: Session,
	guide: LessonGuide,
): {text: string; ok: boolean | null} {
	const {lesson, step, wrong} = guide;
	const expected = lessonStep(lesson, step);
	const next = lesson.steps[step];
	const hint = next ? t(next.hint) : t('mode.lessonOver');
	if (wrong) {
		const reason = wrong.ok
			? t('mode.notThisStep', {hint})
			: `${t('ui.rejected')}: ${explain(wrong)}\n${t('mode.lessonHint', {hint})}`;
		return {text: reason, ok: false};
	}
	const ahead =
		next && expected
			? [t('mode.next', {before: t(next.before)}), pressText(expected.move)]
			: [t('mode.lessonDone', {outro: t(lesson.outro)})];
	const done = lesson.steps[step - 1];
	const last = session.steps.at(-1);
	if (!done || !last) {
		const start = t('mode.lessonStart', {title: t(lesson.title), intro: t(lesson.intro)});
		const first = next && expected ? [t(next.before), pressText(expected.move)] : ahead;
		return {text: [start, ...first].join('\n'), ok: null};
	}
	return {
		text: [explain(last.result.verdict), t(done.after), ...ahead].join('\n'),
		ok: true,
	};
}
