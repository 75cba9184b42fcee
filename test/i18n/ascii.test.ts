// The English catalog in a terminal without Unicode (LANG=C, or --ascii): the screens pass their
// text through toAscii, so every English message must come out of it as plain ASCII; the command
// line's messages (--help, errors) are printed as written, so they must be ASCII already.
import {describe, expect, it} from 'vitest';
import {toAscii} from '../../source/diagram/glyphs.js';
import {en} from '../../source/i18n/en.js';

const beyondAscii = /[^\n\u0020-\u007E]/gu;

function breaches(entries: ReadonlyArray<readonly [string, string]>): string[] {
	return entries.flatMap(([key, text]) => {
		const found = text.match(beyondAscii);
		return found ? [`${key}: ${[...new Set(found)].join(' ')}`] : [];
	});
}

const messages = Object.entries(en) as Array<[string, string]>;

describe('English in ASCII', () => {
	it('every message is ASCII once toAscii has replaced its arrows, dashes and marks', () => {
		expect(breaches(messages.map(([key, text]) => [key, toAscii(text)]))).toEqual([]);
	});

	it('the command line prints its help and its errors in ASCII as written', () => {
		const printed = messages.filter(
			([key]) => key.startsWith('cli.') || key.startsWith('report.cli.'),
		);
		expect(printed.length).toBeGreaterThan(20);
		expect(breaches(printed)).toEqual([]);
	});

	it('toAscii replaces what the screens draw with', () => {
		expect(toAscii('↑/↓ and ⏎ · ▶ ✓ ✗ … — →')).toBe('Up/Down and Enter - > OK x ... - ->');
	});
});
