import {describe, expect, it} from 'vitest';
import {width} from '../../source/diagram/text.js';
import {en} from '../../source/i18n/en.js';
import {t} from '../../source/i18n/index.js';
import {sides} from '../../source/tcp/states.js';

// At 80 columns a pane has 35 columns inside its borders; a cut situation would hide its point.
const paneInner = 35;

describe('what a pane says an endpoint waits for or owes', () => {
	const keys = Object.keys(en).filter((key) => key.startsWith('situation.')) as Array<
		keyof typeof en
	>;

	it.each(keys)('%s fits an 80-column pane, for either side', (key) => {
		for (const side of sides)
			expect(width(t('en', key, {me: side}))).toBeLessThanOrEqual(paneInner);
	});
});
