import {describe, expect, it} from 'vitest';
import {
	type Command,
	type FooterContext,
	footerItems,
	moveCommands,
} from '../../source/commands.js';
import {footerText, itemText} from '../../source/components/Footer.js';
import {width} from '../../source/diagram/text.js';
import type {Language} from '../../source/i18n/index.js';
import {sessionAfter} from '../../source/script/run-script.js';
import {validActions} from '../../source/tcp/machine.js';

/** A context: the free sandbox in instant delivery unless said otherwise, nothing valid. */
function context(given: Partial<FooterContext> = {}): FooterContext {
	return {network: 'instant', guide: null, next: false, valid: new Set(), ...given};
}

/** The client's valid moves after a script, as the screen works them out. */
function validAfter(script: string): Set<Command> {
	const session = sessionAfter(script, {isnClient: 100, isnServer: 300});
	return new Set(validActions(session.connection, 'client').map((type) => moveCommands[type]));
}

const contexts = [
	context({valid: validAfter('')}),
	context({network: 'manual', valid: new Set<Command>(['deliver', 'drop', 'duplicate'])}),
	context({guide: 'lesson', valid: validAfter('c:syn s:syn c:ack')}),
	context({guide: 'challenge', network: 'manual'}),
];

const labels = (lang: Language) =>
	new Set(contexts.flatMap((each) => footerItems(each).map((item) => itemText(lang, item))));

describe('the footer', () => {
	it.each([39, 50, 64, 79, 120])(
		'at %i columns fits, keeps ? help and q quit, and cuts no item',
		(columns) => {
			for (const each of contexts) {
				const text = footerText('en', columns, footerItems(each));
				expect(width(text)).toBeLessThanOrEqual(columns);
				expect(text).toContain('? help');
				expect(text).toContain('q quit');
				for (const item of text.trim().split(/ {2}/))
					expect(labels('en').has(item), item).toBe(true);
			}
		},
	);

	it.each([39, 50, 64, 79, 120])(
		'in Chinese at %i columns fits, keeps ? 帮助 and q 退出, and cuts no item',
		(columns) => {
			for (const each of contexts) {
				const text = footerText('zh', columns, footerItems(each));
				expect(width(text)).toBeLessThanOrEqual(columns);
				expect(text).toContain('? 帮助');
				expect(text).toContain('q 退出');
				for (const item of text.trim().split(/ {2}/))
					expect(labels('zh').has(item), item).toBe(true);
			}
		},
	);

	it('shows every item when there is room: the key, a space and the word', () => {
		expect(footerText('en', 200, footerItems(context()))).toBe(
			' Tab side  s SYN  a ACK  f FIN  r RST  d data  l listen  t timer  u undo  n new  h hints  # abs  m net  o scenarios  Esc menu  ? help  q quit',
		);
		expect(
			footerText(
				'en',
				200,
				footerItems(context({network: 'manual', valid: new Set(['deliver'])})),
				true,
			),
		).toBe(
			' Enter deliver  x drop  + dup  1-9 pick  m instant  Tab side  s SYN  a ACK  f FIN  r RST  d data  l listen  t timer  u undo  n new  Esc menu  ? help  q quit',
		);
	});

	it('keeps the keys valid now, however narrow: t in TIME_WAIT at 40 columns', () => {
		const timeWait = context({valid: validAfter('c:syn s:syn c:ack c:fin s:ack s:fin c:ack')});
		expect([...timeWait.valid]).toContain('timeout');
		const text = footerText('en', 39, footerItems(timeWait));
		expect(text).toContain('t timer');
		// What is not valid now gives way first.
		expect(text).not.toContain('s SYN');
	});

	it('in a lesson leads with its own keys, and Space once there is a next lesson', () => {
		const lesson = context({guide: 'lesson', next: true});
		expect(footerText('en', 200, footerItems(lesson))).toMatch(
			/^ Space next {2}u back {2}n again /,
		);
		// m, o: the lesson fixes the network and the players, so they are not offered.
		expect(footerText('en', 200, footerItems(lesson))).not.toMatch(/m net|o scenarios/);
	});
});
