// What the sandbox's status line says: one value computed from the state, in one order of
// precedence (a message from outside, the reset question, a notice, the guide, the last move).
import {keyOf} from '../commands.js';
import type {Glyphs} from '../diagram/glyphs.js';
import type {SandboxState} from '../hooks/use-sandbox.js';
import {type Language, t} from '../i18n/index.js';
import {guideApi, noticeText, studentSession} from '../learn/guide.js';
import {explain, linuxText} from '../tcp/explain.js';
import type {Step} from '../tcp/session.js';
import type {Tone} from './display.js';

export type SandboxStatus = {
	/** Paragraphs, least needed first: when rows run short, the screen drops from the top. */
	readonly paragraphs: readonly string[];
	readonly tone: Tone;
	/** The last move's "On Linux" note, shown after paragraph `after` when there is room for it. */
	readonly note: {readonly after: number; readonly text: string} | null;
	/** How many paragraphs at the end stay in view when the rest is paged: what to press next. */
	readonly keep: number;
};

/**
 * The transcript of one step the ladder's cursor is on: which step it is, then its whole
 * explanation, as it was when it was made. A run of rejected moves (one ladder row) lists each.
 */
function stepStatus(
	lang: Language,
	state: SandboxState,
	cursor: number,
	glyphs: Glyphs,
): SandboxStatus {
	const {steps} = studentSession(state.sim.session, state.guide);
	const step = steps[cursor - 1];
	if (!step) return {paragraphs: [t(lang, 'ui.welcome')], tone: 'info', note: null, keep: 0};
	const head = t(lang, 'ui.stepOf', {step: cursor, count: steps.length, input: step.input});
	const by = step.byPeer ? ` ${t(lang, 'ui.stepByPeer', {me: step.move.side})}` : '';
	if (step.result.verdict.ok) {
		const note = state.view.linux ? linuxText(lang, step.result.verdict) : '';
		return {
			paragraphs: [
				`${head}${by}`,
				`${glyphs.tick} ${explain(lang, step.result.verdict, {linux: false})}`,
				t(lang, 'ui.cursorHint'),
			],
			tone: 'ok',
			note: note ? {after: 1, text: note} : null,
			keep: 0,
		};
	}
	let first = cursor - 1;
	while (first > 0 && !steps[first - 1]?.result.verdict.ok) first--;
	const run = steps.slice(first, cursor);
	return {
		paragraphs: [
			run.length > 1
				? t(lang, 'ui.stepsOf', {from: first + 1, to: cursor, count: steps.length})
				: head,
			...run.flatMap((rejected) => rejectedLines(lang, rejected, run.length > 1, glyphs)),
			t(lang, 'ui.cursorHint'),
		],
		tone: 'bad',
		note: null,
		keep: 0,
	};
}

function rejectedLines(lang: Language, step: Step, named: boolean, glyphs: Glyphs): string[] {
	const skipped = step.skipped ?? 0;
	const line = `${glyphs.cross} ${named ? `${step.input}: ` : ''}${t(lang, 'ui.rejectedBecause', {reason: explain(lang, step.result.verdict)})}`;
	return skipped > 0 ? [t(lang, 'ui.rejectedSkipped', {count: skipped}), line] : [line];
}

/**
 * When the automatic peer waits in CLOSE_WAIT, nothing will happen by itself: it answers, but
 * never closes. A student whose side waits in FIN_WAIT_2 learns to close the peer's side.
 */
function peerNote(lang: Language, state: SandboxState): string[] {
	const {session} = state.sim;
	const {peer} = session;
	if (peer === null || session.connection[peer].state !== 'CLOSE_WAIT') return [];
	return [
		t(lang, 'ui.peerNeverCloses', {me: peer, side: keyOf('switch-side'), fin: keyOf('send-fin')}),
	];
}

export function sandboxStatus(
	lang: Language,
	state: SandboxState,
	flash: string | null,
	glyphs: Glyphs,
): SandboxStatus {
	const plain = (paragraphs: string[], tone: Tone = 'info', keep = 0): SandboxStatus => ({
		paragraphs,
		tone,
		note: null,
		keep,
	});
	if (flash !== null) return plain([flash]);
	if (state.overlay.kind === 'confirm-reset') return plain([t(lang, 'ui.confirmReset')]);
	if (state.view.cursor !== null) return stepStatus(lang, state, state.view.cursor, glyphs);
	const {guide, sim} = state;
	const {session} = sim;
	const api = guide && guideApi(guide);
	// What the guide wants pressed next stays the last line, whatever else is said.
	const prompt = guide && api ? api.prompt(lang, session, guide, sim.active) : null;
	const after = prompt === null ? [] : [prompt];
	const pinned = after.length + peerNote(lang, state).length;
	if (state.notice) {
		return plain(
			[noticeText(lang, state.notice), ...after, ...peerNote(lang, state)],
			'info',
			pinned,
		);
	}
	const said =
		guide && api ? api.status(lang, session, guide, sim.active) : {kind: 'verdict' as const};
	// Only the student's moves are explained: a guide's setup is where it starts, not a move made.
	const base = guide && api ? api.setup(guide) : 0;
	const last = session.steps.length > base ? session.steps.at(-1) : undefined;
	const noteOf = (index: number) => {
		const text = state.view.linux && last ? linuxText(lang, last.result.verdict) : '';
		return text ? {after: index, text} : null;
	};
	if (said.kind === 'own') {
		const [first = '', ...rest] = said.paragraphs;
		const mark = said.mark === null ? '' : `${said.mark === 'ok' ? glyphs.tick : glyphs.cross} `;
		return {
			paragraphs: [`${mark}${first}`, ...rest],
			tone: said.mark === null ? 'info' : said.mark === 'ok' ? 'ok' : 'bad',
			note: said.noteAfter === undefined ? null : noteOf(said.noteAfter),
			// A lesson's last paragraph says what to press: it stays in view while the rest is paged.
			keep: guide?.kind === 'lesson' && rest.length > 0 ? 1 : 0,
		};
	}
	if (!last) return plain([t(lang, 'ui.welcome'), ...after], 'info', after.length);
	const {verdict} = last.result;
	const before = said.before ? `${glyphs.active} ${said.before} ` : '';
	const ending = [...(said.after ? [said.after] : []), ...after, ...peerNote(lang, state)];
	if (!verdict.ok) {
		const text = `${before}${glyphs.cross} ${t(lang, 'ui.rejectedBecause', {reason: explain(lang, verdict)})}`;
		return plain([text, ...ending], 'bad', pinned);
	}
	return {
		paragraphs: [`${before}${glyphs.tick} ${explain(lang, verdict, {linux: false})}`, ...ending],
		tone: 'ok',
		note: noteOf(0),
		keep: pinned,
	};
}

/** The status with its note in place, or without it. */
export function statusParagraphs(status: SandboxStatus, withNote: boolean): string[] {
	const {paragraphs, note} = status;
	if (!withNote || !note) return [...paragraphs];
	return [...paragraphs.slice(0, note.after + 1), note.text, ...paragraphs.slice(note.after + 1)];
}
