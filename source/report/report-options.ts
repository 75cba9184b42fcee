// The `report FILE…` task, from its flags once checked (cli/flags.ts). Pure; it loads nothing of
// the report itself, which cli.tsx imports only when it runs.
import {type Language, t} from '../i18n/index.js';
import {oneOf, UsageError} from '../usage-error.js';
import type {Basis} from './summarise.js';

/** What `report --format` takes; --csv is short for csv and --json for json. */
export const reportFormats = ['text', 'csv', 'markdown', 'json'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** The flags a report reads, checked. */
export type ReportValues = {
	readonly csv?: boolean;
	readonly best?: boolean;
	readonly json?: boolean;
	readonly format?: string;
	/** --width N, already within 40 to 400. */
	readonly width?: number;
};

export type ReportTask = {
	readonly kind: 'report';
	readonly files: readonly string[];
	readonly format: ReportFormat;
	readonly basis: Basis;
	/** --width N; null: the terminal's width, or 80 columns without one. */
	readonly width: number | null;
};

function formatOf(lang: Language, {csv, json, format}: ReportValues): ReportFormat {
	const named = format === undefined ? undefined : oneOf(lang, '--format', format, reportFormats);
	// --csv and --json are short for a format, so they may repeat it but not contradict it.
	const short = [...(csv ? ['csv'] : []), ...(json ? ['json'] : [])];
	const chosen = new Set([...short, ...(named === undefined ? [] : [named])]);
	if (chosen.size > 1) {
		const flags = [...(csv ? ['--csv'] : []), ...(json ? ['--json'] : [])];
		if (named !== undefined) flags.push(`--format ${named}`);
		throw new UsageError(t(lang, 'cli.together', {flags: flags.join(t(lang, 'cli.listAnd'))}));
	}
	return ([...chosen][0] as ReportFormat | undefined) ?? 'text';
}

export function reportTaskOf(
	lang: Language,
	values: ReportValues,
	files: readonly string[],
): ReportTask {
	if (files.length === 0) throw new UsageError(t(lang, 'cli.reportNeedsFiles'));
	return {
		kind: 'report',
		files,
		format: formatOf(lang, values),
		basis: values.best ? 'best' : 'latest',
		width: values.width ?? null,
	};
}
