import {Text} from 'ink';
import {type FooterContext, type FooterItem, footerItems} from '../commands.js';
import {toAscii} from '../diagram/glyphs.js';
import {width as displayWidth} from '../diagram/text.js';
import {useLanguage} from '../hooks/use-language.js';
import {type Language, type MessageKey, t} from '../i18n/index.js';
import {toneColorOf, useDisplay} from './display.js';

/** "s SYN": the key, then its word in `lang`. */
export function itemText(
	lang: Language,
	{key, label}: {readonly key: string; readonly label: MessageKey},
	ascii = false,
): string {
	const text = `${key} ${t(lang, label)}`;
	return ascii ? toAscii(text) : text;
}

type Entry = Pick<FooterItem, 'key' | 'label' | 'priority' | 'keep'>;

function join(lang: Language, items: readonly Entry[], ascii: boolean): string {
	return ` ${items.map((item) => itemText(lang, item, ascii)).join('  ')}`;
}

/** The key hints of the highest priorities that fit the width, in their usual order. */
export function footerText(
	lang: Language,
	width: number,
	items: readonly Entry[],
	ascii = false,
): string {
	for (const cutoff of [4, 3, 2, 1]) {
		const text = join(
			lang,
			items.filter(({priority}) => priority <= cutoff),
			ascii,
		);
		if (displayWidth(text) <= width) return text;
	}
	// Even the first-priority items are too many: the kept ones (menu, help and quit; the replay's
	// next and back) always stay, and as many whole others as fit go before them.
	const first = items.filter(({priority, keep}) => priority === 1 && !keep);
	const tail = items.filter(({keep}) => keep);
	const kept: Entry[] = [];
	for (const item of first) {
		if (displayWidth(join(lang, [...kept, item, ...tail], ascii)) <= width) kept.push(item);
	}
	return join(lang, [...kept, ...tail], ascii);
}

/** The keys that matter now, from the command table: the ones valid now first. */
export default function Footer({
	width,
	context,
}: {
	readonly width: number;
	/** The network, the guide, and what is valid now. */
	readonly context: FooterContext;
}) {
	const lang = useLanguage();
	const display = useDisplay();
	const text = footerText(lang, width, footerItems(context), display.ascii);
	return (
		<Text color={toneColorOf(display, 'dim')} wrap="truncate">
			{text}
		</Text>
	);
}
