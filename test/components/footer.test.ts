import {afterEach, describe, expect, it} from 'vitest';
import {footerText, itemText} from '../../source/components/Footer.js';
import {width} from '../../source/diagram/text.js';
import {setLanguage} from '../../source/i18n/index.js';
import {footerItems, networkFooterItems} from '../../source/keys.js';

const manual = [...networkFooterItems, ...footerItems.filter(([, , priority]) => priority === 1)];
const labels = () => new Set([...footerItems, ...networkFooterItems].map((item) => itemText(item)));

afterEach(() => {
	setLanguage('en');
});

describe('the footer', () => {
	it.each([39, 50, 64, 79, 120])(
		'at %i columns fits, keeps ? help and q quit, and cuts no item',
		(columns) => {
			for (const items of [footerItems, manual]) {
				const text = footerText(columns, items);
				expect(width(text)).toBeLessThanOrEqual(columns);
				expect(text).toContain('? help');
				expect(text).toContain('q quit');
				for (const item of text.trim().split(/ {2}/)) expect(labels().has(item), item).toBe(true);
			}
		},
	);

	it.each([39, 50, 64, 79, 120])(
		'in Chinese at %i columns fits, keeps ? 帮助 and q 退出, and cuts no item',
		(columns) => {
			setLanguage('zh');
			for (const items of [footerItems, manual]) {
				const text = footerText(columns, items);
				expect(width(text)).toBeLessThanOrEqual(columns);
				expect(text).toContain('? 帮助');
				expect(text).toContain('q 退出');
				for (const item of text.trim().split(/ {2}/)) expect(labels().has(item), item).toBe(true);
			}
		},
	);

	it('shows every item in English as it always has: the key, a space and the word', () => {
		expect(footerText(200)).toBe(
			' Tab side  s SYN  a ACK  f FIN  r RST  d data  l listen  t timer  u undo  n new  m net  o scenarios  h hints  # abs  Esc menu  ? help  q quit',
		);
		expect(footerText(200, networkFooterItems, true)).toBe(
			' Enter deliver  x drop  + dup  1-9 pick  t timer  m instant',
		);
	});
});
