import {Text} from 'ink';
import {toAscii} from '../diagram/glyphs.js';
import {width as displayWidth} from '../diagram/text.js';
import {type MessageKey, t} from '../i18n/index.js';
import {
	challengeFooterItems,
	type FooterItem,
	footerItems,
	lessonFooterItems,
	networkFooterItems,
} from '../keys.js';
import type {NetworkMode} from '../tcp/machine.js';
import {toneColorOf, useDisplay} from './display.js';

/** What manual delivery keeps of the usual items, after the network's. */
const essentialLabels: ReadonlySet<MessageKey> = new Set([
	'footer.side',
	'footer.syn',
	'footer.ack',
	'footer.fin',
	'footer.menu',
	'footer.help',
	'footer.quit',
]);
const essentials = footerItems.filter(([, label]) => essentialLabels.has(label));

/** A lesson's or challenge's own undo and restart replace the sandbox's. */
const replacedInGuide: ReadonlySet<MessageKey> = new Set(['footer.undo', 'footer.new']);

/** "s SYN": the key, then its word in the language of the moment. */
export function itemText([key, label]: FooterItem, ascii = false): string {
	const text = `${key} ${t(label)}`;
	return ascii ? toAscii(text) : text;
}

function join(items: readonly FooterItem[], ascii: boolean): string {
	return ` ${items.map((item) => itemText(item, ascii)).join('  ')}`;
}

/** The key hints of the highest priorities that fit the width, in their usual order. */
export function footerText(width: number, items = footerItems, ascii = false): string {
	for (const cutoff of [4, 3, 2, 1]) {
		const text = join(
			items.filter(([, , priority]) => priority <= cutoff),
			ascii,
		);
		if (displayWidth(text) <= width) return text;
	}
	// Even the first-priority items are too many: the last three (menu, help and quit) always stay,
	// and as many whole others as fit go before them.
	const first = items.filter(([, , priority]) => priority === 1);
	const tail = first.slice(-3);
	const kept: FooterItem[] = [];
	for (const item of first.slice(0, -3)) {
		if (displayWidth(join([...kept, item, ...tail], ascii)) <= width) kept.push(item);
	}
	return join([...kept, ...tail], ascii);
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
	const replaced = lead.length > 0 ? replacedInGuide : new Set<MessageKey>();
	const items = [...lead, ...usual.filter(([, label]) => !replaced.has(label))];
	const text = footerText(width, items, display.ascii);
	return (
		<Text color={toneColorOf(display, 'dim')} wrap="truncate">
			{text}
		</Text>
	);
}
