// --help, made from the tables: every flag's line from the flag table (cli/flags.ts) and its words
// in the catalog (help.flag.<key>), the keys from the command table, as the help over the sandbox
// lists them. Only the usage and the steps are written out as prose.
import {keyColumns} from '../components/key-columns.js';
import {toAscii} from '../diagram/glyphs.js';
import {padEnd, width as textWidth, wrap} from '../diagram/text.js';
import {exportFormats} from '../export/formats.js';
import {helpExamples} from '../i18n/en-cli.js';
import {type Language, languages, type MessageKey, t} from '../i18n/index.js';
import {challenges} from '../learn/challenges.js';
import {lessons} from '../learn/lessons.js';
import {scenarios} from '../learn/scenarios.js';
import {maxQuestions, minQuestions, topicChoices} from '../quiz/results.js';
import {declared, type FlagKey, flagKeys, flagName, helpParts} from './flags.js';

/** The help's width: it must read whole in an 80-column terminal. */
const helpWidth = 79;
/** Where a flag's words start: "    --challenge <name>  " is 24 columns. */
const wordsAt = 24;

const partTitles = {
	options: 'cli.helpOptions',
	modes: 'cli.helpModes',
	tasks: 'cli.helpTasks',
} as const satisfies Record<(typeof helpParts)[number], MessageKey>;

/** How --help writes a flag: --count <n>, and one on by default as --no-color. */
export function shownFlag(key: FlagKey): string {
	const {help, value} = declared(key);
	const name = help.negated ? `--no-${flagName(key).slice(2)}` : flagName(key);
	return value === undefined ? name : `${name} ${value}`;
}

/** The names and ranges the flags' words list, from the tables they come from. */
function listed(lang: Language): Record<string, string> {
	const comma = t(lang, 'cli.listComma');
	const or = (names: readonly string[]) =>
		names.length < 2
			? names.join('')
			: `${names.slice(0, -1).join(comma)}${t(lang, 'cli.listOr')}${names.at(-1)}`;
	return {
		lessons: lessons.map((lesson) => lesson.name).join(comma),
		challenges: challenges.map((challenge) => challenge.name).join(comma),
		scenarios: scenarios.map((scenario) => scenario.name).join(comma),
		formats: or(exportFormats),
		topics: or([...topicChoices.filter((topic) => topic !== 'all'), 'all']),
		languages: or(languages),
		minQuestions: String(minQuestions),
		maxQuestions: String(maxQuestions),
	};
}

/** A flag's lines: the flag, then its words wrapped beside it (below it, if the flag is long). */
function flagLines(key: FlagKey, lang: Language, names: Record<string, string>): string[] {
	const indent = declared(key).help.under === undefined ? '    ' : '      ';
	const flag = `${indent}${shownFlag(key)}`;
	const helpKey: MessageKey = `help.flag.${key}`;
	const words = wrap(t(lang, helpKey, names), helpWidth - wordsAt);
	const beside = textWidth(flag) + 2 <= wordsAt;
	const first = beside ? padEnd(flag, wordsAt) : flag;
	const rest = beside ? words.slice(1) : words;
	return [
		beside ? `${first}${words[0] ?? ''}` : first,
		...rest.map((line) => `${' '.repeat(wordsAt)}${line}`),
	];
}

/** The flags of a part of the help, each followed by those listed under it. */
function partLines(part: (typeof helpParts)[number], lang: Language): string[] {
	const names = listed(lang);
	const inPart = flagKeys.filter((key) => declared(key).help.part === part);
	const heads = inPart.filter((key) => declared(key).help.under === undefined);
	return heads.flatMap((head) => [
		...flagLines(head, lang, names),
		...inPart
			.filter((key) => declared(key).help.under === head)
			.flatMap((key) => flagLines(key, lang, names)),
	]);
}

/** The whole of --help after meow's description line, in `lang`; ASCII for a plain terminal. */
export function helpText(lang: Language, ascii: boolean): string {
	const keys = [
		...keyColumns(lang, 'keys', helpWidth - 4, ascii),
		...keyColumns(lang, 'more', helpWidth - 4, ascii),
	].map((line) => `    ${line}`);
	const text = [
		t(lang, 'cli.helpUsage'),
		...helpParts.flatMap((part) => [
			'',
			`  ${t(lang, partTitles[part])}`,
			...partLines(part, lang),
		]),
		'',
		`  ${t(lang, 'cli.helpKeys')}`,
		...keys,
		'',
		`  ${t(lang, 'cli.helpExamples')}`,
		helpExamples.trimEnd(),
	].join('\n');
	return ascii ? toAscii(text) : text;
}
