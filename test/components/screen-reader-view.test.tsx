// The screen-reader view on a small terminal (40x12) after a long history: it must stay shorter
// than the terminal and within its width, and still read out both states and the last segment,
// with no box drawing or arrows for a screen reader to spell out.
import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import type {Command} from '../../source/commands.js';
import {DisplayContext} from '../../source/components/display.js';
import ScreenReaderView from '../../source/components/ScreenReaderView.js';
import {glyphsFor} from '../../source/diagram/glyphs.js';
import {LanguageProvider} from '../../source/hooks/use-language.js';
import {
	initialSandbox,
	type SandboxAction,
	type SandboxState,
	sandboxReducer,
} from '../../source/hooks/use-sandbox.js';
import {type Language, t} from '../../source/i18n/index.js';
import {studentSession} from '../../source/learn/guide.js';
import {lessonStatus} from '../../source/learn/lesson-guide.js';
import {lessonNamed, lessons} from '../../source/learn/lessons.js';
import {explain} from '../../source/tcp/explain.js';
import type {SessionOptions} from '../../source/tcp/session.js';
import {columnsOf, linesOf} from '../helpers/frames.js';

const options: SessionOptions = {isnClient: 100, isnServer: 300, network: 'instant', peer: null};
const columns = 40;
const rows = 12;
/** What SandboxScreen gives the view: one column short of the terminal. */
const width = columns - 1;

function reduce(state: SandboxState, commands: readonly Command[]): SandboxState {
	return commands.reduce(
		(before, command) => sandboxReducer(before, {type: 'command', command, key: ''}),
		state,
	);
}

const move = (action: 'syn' | 'ack' | 'fin' | 'timeout' | 'data'): Command =>
	action === 'timeout' ? 'timeout' : `send-${action}`;
const tab: Command = 'switch-side';

/** The sandbox after a handshake, some data and the whole teardown, by the reducer's own keys. */
function sandboxAfterHandshakeAndTeardown(): SandboxState {
	return reduce(initialSandbox(options), [
		move('syn'),
		tab,
		move('syn'),
		tab,
		move('ack'),
		move('data'),
		tab,
		move('ack'),
		tab,
		move('fin'),
		tab,
		move('ack'),
		move('fin'),
		tab,
		move('ack'),
	]);
}

/** The time-wait lesson (manual delivery, a long setup) and its first steps played. */
function lessonAfterSteps(): SandboxState {
	const lesson = lessonNamed('time-wait');
	if (!lesson) throw new Error('no lesson time-wait');
	const begin: SandboxAction = {type: 'begin', kind: 'lesson', name: lesson.name};
	const started = sandboxReducer(initialSandbox(options), begin);
	// c:ack, net:drop, s:timeout: the lesson sets the side the keys act on.
	return reduce(started, [move('ack'), 'drop', move('timeout')]);
}

function view(lang: Language, state: SandboxState, title: string, status: string): string {
	const {lastFrame, unmount} = render(
		<LanguageProvider value={lang}>
			<DisplayContext.Provider value={{glyphs: glyphsFor(false), ascii: false, color: false}}>
				<ScreenReaderView
					session={studentSession(state.sim.session, state.guide)}
					active={state.sim.active}
					absolute={state.view.absolute}
					title={title}
					status={status}
					width={width}
					rows={rows}
				/>
			</DisplayContext.Provider>
		</LanguageProvider>,
	);
	const frame = lastFrame() ?? '';
	unmount();
	return frame;
}

/** The status line's text as SandboxScreen hands it to the view: the last verdict and why. */
function lastVerdict(lang: Language, state: SandboxState): string {
	const last = state.sim.session.steps.at(-1);
	if (!last) throw new Error('no moves');
	return `${t(lang, 'reader.accepted')} ${explain(lang, last.result.verdict)}`;
}

/** Who sent the newest segment, as the session's steps record it. */
function lastSegmentOf(state: SandboxState): {from: string; to: string} {
	for (const step of [...state.sim.session.steps].reverse()) {
		const happening = [...step.result.happenings].reverse().find(({segment}) => segment !== null);
		if (happening?.segment) return {from: happening.segment.from, to: happening.segment.to};
	}
	throw new Error('no segment sent');
}

/** Without any whitespace: English wraps at spaces, Chinese between any two characters. */
function unwrapped(text: string): string {
	return text.replaceAll(/\s+/g, '');
}

const cases = [
	[
		'a sandbox after handshake and teardown',
		(lang: Language) => {
			const state = sandboxAfterHandshakeAndTeardown();
			return {state, title: `tcp-tui ${t(lang, 'ui.sandbox')}`, status: lastVerdict(lang, state)};
		},
	],
	[
		'the time-wait lesson after its setup and three steps',
		(lang: Language) => {
			const state = lessonAfterSteps();
			if (state.guide?.kind !== 'lesson') throw new Error('not in the lesson');
			const lesson = state.guide.lesson;
			return {
				state,
				title: t(lang, 'mode.lessonHeader', {
					index: lessons.indexOf(lesson) + 1,
					count: lessons.length,
					title: t(lang, lesson.title),
				}),
				status: lessonStatus(lang, state.sim.session, state.guide).text,
			};
		},
	],
] as const;

describe.each(['en', 'zh'] as const)('in %s, at 40x12', (language) => {
	it.each(cases)('%s: fits, reads both states and the last segment, draws nothing', (_, make) => {
		const {state, title, status} = make(language);
		// A long history indeed: the text the view is given would not fit as it is.
		expect(state.sim.session.steps.length).toBeGreaterThanOrEqual(9);
		const frame = view(language, state, title, status);
		const lines = linesOf(frame);
		expect(lines.length, frame).toBeLessThanOrEqual(rows - 1);
		for (const line of lines) expect(columnsOf(line), line).toBeLessThanOrEqual(width);
		const {client, server} = state.sim.session.connection;
		expect(frame).toContain(client.state);
		expect(frame).toContain(server.state);
		// "Last segment: client to server, …", however it was wrapped.
		const {from, to} = lastSegmentOf(state);
		const sentence = t(language, 'reader.segment', {
			me: from,
			peer: to,
			label: '\u0000',
			passage: '',
		});
		expect(unwrapped(frame)).toContain(unwrapped(sentence.slice(0, sentence.indexOf('\u0000'))));
		if (language === 'en') expect(frame).toContain('Last segment');
		expect(frame).not.toMatch(/[─│╭╮╰╯━▶◀]/);
	});
});
