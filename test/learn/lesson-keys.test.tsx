// Every key a lesson names does what the lesson says. Each lesson is played on the screen by
// reading its prompt ("Press f (FIN) on the client.") off the status line, pressing the key it
// names, and checking that the lesson's move was made: the step counter advances, the panes show
// the states the engine reaches, and what the prompt said would be sent was sent. Nothing here
// knows a key: they come from the prompt, and the prompt from the command table.
import {describe, expect, it} from 'vitest';
import {commandFor, keyNameOf} from '../../source/commands.js';
import {t} from '../../source/i18n/index.js';
import type {Lesson} from '../../source/learn/lesson.js';
import {lessonSession, lessonStep, nextLesson} from '../../source/learn/lesson-guide.js';
import {lessons} from '../../source/learn/lessons.js';
import {flagsLabel} from '../../source/tcp/segment.js';
import {play, type Session} from '../../source/tcp/session.js';
import {header, statePair, statusText} from '../helpers/frames.js';
import {lessonHeader} from '../helpers/guides.js';
import {sessionStates, typed} from '../helpers/move-keys.js';
import {press, renderUntilHeader} from '../helpers/render-app.js';

const isns = {isnClient: 100, isnServer: 300} as const;

/** A catalog sentence as a pattern: its {key} and {action} captured, other placeholders any text. */
function promptPattern(template: string): RegExp {
	const escaped = template.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const source = escaped.replaceAll(/\\\{(\w+)\\\}/g, (_, name: string) =>
		name === 'key' || name === 'side'
			? `(?<${name}>\\S+?)`
			: name === 'action'
				? '(?<action>[^)）]+?)'
				: '.+?',
	);
	return new RegExp(source);
}

const prompts = () =>
	[t('en', 'mode.press'), t('en', 'mode.pressNet'), t('en', 'mode.pressSwitch')].map((template) =>
		promptPattern(template),
	);

type Prompt = {
	/** The key to press first to put the keys on the step's side, when they are on the other. */
	readonly side?: string;
	readonly key: string;
	readonly action: string;
};

/** The keys and the action the status's prompt names, or a failure that shows the status. */
function promptIn(status: string): Prompt {
	for (const pattern of prompts()) {
		const found = pattern.exec(status)?.groups;
		if (found?.['key'] && found['action']) {
			const {key, action, side} = found;
			return side ? {side, key, action} : {key, action};
		}
	}
	throw new Error(`no "Press …" in the status: ${status}`);
}

/** What the move sent first, as the prompt would name it ("FIN,ACK"), or null for nothing. */
function sentBy(before: Session, after: Session): string | null {
	const steps = after.steps.slice(before.steps.length);
	for (const step of steps) {
		for (const {segment, auto} of step.result.happenings) {
			if (segment && !auto) return flagsLabel(segment.flags);
		}
	}
	return null;
}

async function startLesson(lesson: Lesson) {
	const app = await renderUntilHeader(
		{...isns, columns: 80, rows: 60, start: {mode: 'lesson', name: lesson.name}},
		lessonHeader(lesson),
	);
	await press(app.stdin);
	return app;
}

describe.each(lessons.map((lesson) => [lesson.name, lesson] as const))('lesson %s', (_, lesson) => {
	it('each prompt names a key that makes the step it announces, and says what it sends', async () => {
		const app = await startLesson(lesson);
		let session = lessonSession(lesson, isns);
		for (let index = 0; index < lesson.steps.length; index++) {
			const step = lessonStep(lesson, index);
			if (!step) throw new Error(`${lesson.name}: no step ${index}`);
			const what = `${lesson.name}, step ${index + 1} (${step.input})`;
			const {key, action, side} = promptIn(statusText(app.frame()));
			// The lesson puts the keys on the side that moves: no Tab needed.
			expect(side, what).toBeUndefined();
			// A key of the sandbox: the table has a command for it there.
			expect(commandFor('sandbox', keyNameOf(typed(key))), `${what}: ${key}`).toBeDefined();
			await press(app.stdin, typed(key));
			const after = play(session, step.move, step.input);
			expect(statePair(app.frame()), what).toBe(sessionStates(after));
			expect(header(app.frame()), what).toContain(
				t('en', 'mode.lessonStep', {
					step: Math.min(index + 2, lesson.steps.length),
					steps: lesson.steps.length,
				}),
			);
			expect(statusText(app.frame()), what).not.toContain(t('en', 'ui.rejected'));
			// "Press f (FIN)" only where a FIN is sent: the flags named are the flags that left, and
			// a call named without flags ("close") sends no SYN or FIN.
			if (step.move.side !== 'net') {
				const flags = /[A-Z]{3}(?:,[A-Z]{3})*/.exec(action)?.[0];
				if (flags) expect(sentBy(session, after), what).toBe(flags);
				else expect(sentBy(session, after) ?? '', what).not.toMatch(/FIN|SYN/);
			}
			session = after;
		}
		// The key the end names starts the next lesson.
		const following = nextLesson(lesson);
		if (following) {
			const end = statusText(app.frame());
			const offer = promptPattern(t('en', 'mode.lessonNext')).exec(end)?.groups?.['key'];
			if (!offer) throw new Error(`no next lesson offered: ${end}`);
			await press(app.stdin, typed(offer));
			expect(header(app.frame())).toContain(lessonHeader(following));
		}
		app.unmount();
	});

	it('after Tab and a wrong key the prompt still names the step, and its keys still make it', async () => {
		const app = await startLesson(lesson);
		const first = lessonStep(lesson, 0);
		if (!first) throw new Error(`${lesson.name} has no steps`);
		if (first.move.side !== 'net') {
			// Tab puts the keys on the other side: the prompt says to come back, or its key would
			// act there.
			await press(app.stdin, '\t');
			const status = statusText(app.frame());
			const back = promptIn(status).side;
			if (!back) throw new Error(`no switch back in: ${status}`);
			await press(app.stdin, typed(back));
		}
		// A move key that is not this step's: it is refused or merely not the step; the prompt stays.
		const {key} = promptIn(statusText(app.frame()));
		await press(app.stdin, key === 'a' ? 'r' : 'a');
		const status = statusText(app.frame());
		expect(status).toMatch(/✗/);
		expect(promptIn(status).key).toBe(key);
		await press(app.stdin, typed(key));
		expect(header(app.frame())).toContain(
			t('en', 'mode.lessonStep', {
				step: Math.min(2, lesson.steps.length),
				steps: lesson.steps.length,
			}),
		);
		app.unmount();
	});
});
