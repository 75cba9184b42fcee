// A terminal read split into keys: escape sequences whole, every other code point on its own.
import {describe, expect, it} from 'vitest';
import {splitKeys} from '../source/serial-input.js';

describe('splitKeys', () => {
	it.each([
		['\u001B[B\r', ['\u001B[B', '\r']],
		['\u001B[A\u001B[B', ['\u001B[A', '\u001B[B']],
		['ss\t', ['s', 's', '\t']],
		['é中😀', ['é', '中', '😀']],
		['\u001BOA\u001B[5~', ['\u001BOA', '\u001B[5~']],
		['\u001Bx\u001B\u001B[A', ['\u001Bx', '\u001B\u001B[A']],
		['\u001B[1;5Cq', ['\u001B[1;5C', 'q']],
	])('%j', (text, keys) => {
		expect(splitKeys(text)).toEqual({keys, rest: ''});
	});

	it('keeps an escape sequence a read cut off for the next read', () => {
		expect(splitKeys('a\u001B[')).toEqual({keys: ['a'], rest: '\u001B['});
		expect(splitKeys('\u001B')).toEqual({keys: [], rest: '\u001B'});
	});
});
