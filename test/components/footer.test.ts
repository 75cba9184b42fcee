import {describe, expect, it} from 'vitest';
import {footerText} from '../../source/components/Footer.js';
import {width} from '../../source/diagram/text.js';
import {footerItems, networkFooterItems} from '../../source/keys.js';

const manual = [...networkFooterItems, ...footerItems.filter(([, priority]) => priority === 1)];
const labels = new Set([...footerItems, ...networkFooterItems].map(([item]) => item));

describe('the footer', () => {
	it.each([39, 50, 64, 79, 120])(
		'at %i columns fits, keeps ? help and q quit, and cuts no item',
		(columns) => {
			for (const items of [footerItems, manual]) {
				const text = footerText(columns, items);
				expect(width(text)).toBeLessThanOrEqual(columns);
				expect(text).toContain('? help');
				expect(text).toContain('q quit');
				for (const item of text.trim().split(/ {2}/)) expect(labels.has(item), item).toBe(true);
			}
		},
	);
});
