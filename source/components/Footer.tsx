import {Text} from 'ink';
import {toAscii} from '../diagram/glyphs.js';
import {width as displayWidth} from '../diagram/text.js';
import {challengeFooterItems, footerItems, lessonFooterItems, networkFooterItems} from '../keys.js';
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
	// Even the first-priority items are too many: the last two (help and quit) always stay, and
	// as many whole others as fit go before them.
	const first = items.filter(([, priority]) => priority === 1);
	const kept = first.slice(-2);
	for (const item of first.slice(0, -2)) {
		const tried = [...kept.slice(0, -2), item, ...kept.slice(-2)];
		if (displayWidth(join(tried)) <= width) kept.splice(kept.length - 2, 0, item);
	}
	return join(kept);
}

/** With manual delivery the network's keys lead, then the usual ones that still fit. */
export default function Footer({
	width,
	network,
	guide,
}: {
	readonly width: number;
	readonly network: NetworkMode;
	/** In a lesson or a challenge, their keys lead. */
	readonly guide?: 'lesson' | 'challenge' | undefined;
}) {
	const display = useDisplay();
	const lead =
		guide === 'lesson' ? lessonFooterItems : guide === 'challenge' ? challengeFooterItems : [];
	const usual = network === 'manual' ? [...networkFooterItems, ...essentials] : footerItems;
	// The guide's own undo and restart replace the sandbox's.
	const replaced = new Set(lead.length > 0 ? ['u undo', 'n new'] : []);
	const items = [...lead, ...usual.filter(([item]) => !replaced.has(item))];
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
