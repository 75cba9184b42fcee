import {Text} from 'ink';
import {toAscii} from '../diagram/glyphs.js';
import {width as displayWidth} from '../diagram/text.js';
import {footerItems, networkFooterItems} from '../keys.js';
import type {NetworkMode} from '../tcp/machine.js';

const essentials = footerItems.filter(([item]) =>
	['Tab side', 's SYN', 'a ACK', 'f FIN', '? help', 'q quit'].includes(item),
);

import {toneColorOf, useDisplay} from './display.js';

function join(items: ReadonlyArray<readonly [string, number]>): string {
	return ` ${items.map(([item]) => item).join('  ')}`;
}

/** The key hints of the highest priorities that fit the width, in their usual order. */
export function footerText(width: number, items = footerItems): string {
	for (const cutoff of [4, 3, 2, 1]) {
		const text = join(items.filter(([, priority]) => priority <= cutoff));
		if (displayWidth(text) <= width) return text;
	}
	// Even the first-priority items are too many: as many whole ones as fit.
	let text = '';
	for (const [item] of items.filter(([, priority]) => priority === 1)) {
		if (displayWidth(`${text}  ${item}`) > width) break;
		text = `${text}  ${item}`;
	}
	return ` ${text.trimStart()}`;
}

/** With manual delivery the network's keys lead, then the usual ones that still fit. */
export default function Footer({
	width,
	network,
}: {
	readonly width: number;
	readonly network: NetworkMode;
}) {
	const display = useDisplay();
	const items = network === 'manual' ? [...networkFooterItems, ...essentials] : footerItems;
	const text = footerText(
		width,
		display.ascii ? items.map(([item, rank]) => [toAscii(item), rank] as const) : items,
	);
	return (
		<Text color={toneColorOf(display, 'dim')} wrap="truncate">
			{text}
		</Text>
	);
}
