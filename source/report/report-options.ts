// The `report FILE…` task's flags and checks. Pure, like mode-options.ts, which calls these; it
// loads nothing of the report itself, which cli.tsx imports only when it runs.
import {t} from '../i18n/index.js';
import {UsageError} from '../usage-error.js';
import type {Basis} from './summarise.js';

/** What `report --format` takes; --csv is short for csv and --json for json. */
export const reportFormats = ['text', 'csv', 'markdown', 'json'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export const reportFlagSpec = {
	csv: {type: 'boolean'},
	best: {type: 'boolean'},
} as const;

export type ReportFlags = {
	readonly csv?: boolean;
	readonly best?: boolean;
	readonly json?: boolean;
	readonly format?: string;
	readonly width?: string;
};

export type ReportTask = {
	readonly kind: 'report';
	readonly files: readonly string[];
	readonly format: ReportFormat;
	readonly basis: Basis;
	/** --width N; null: the terminal's width, or 80 columns without one. */
	readonly width: number | null;
};

function formatOf({csv, json, format}: ReportFlags): ReportFormat {
	if (format !== undefined && !(reportFormats as readonly string[]).includes(format)) {
		throw new UsageError(
			t('cli.choice', {
				flag: '--format',
				choices: reportFormats.join(t('cli.listOr')),
				value: format,
			}),
		);
	}
	// --csv and --json are short for a format, so they may repeat it but not contradict it.
	const short = [...(csv ? ['csv'] : []), ...(json ? ['json'] : [])];
	const chosen = new Set([...short, ...(format === undefined ? [] : [format])]);
	if (chosen.size > 1) {
		const flags = [...(csv ? ['--csv'] : []), ...(json ? ['--json'] : [])];
		if (format !== undefined) flags.push(`--format ${format}`);
		throw new UsageError(t('cli.together', {flags: flags.join(t('cli.listAnd'))}));
	}
	return ([...chosen][0] as ReportFormat | undefined) ?? 'text';
}

function widthOf(value: string | undefined): number | null {
	if (value === undefined) return null;
	const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
	if (!(number >= 40 && number <= 400)) {
		throw new UsageError(t('cli.wholeNumber', {flag: '--width', min: 40, max: 400, value}));
	}
	return number;
}

export function reportTaskOf(flags: ReportFlags, files: readonly string[]): ReportTask {
	if (files.length === 0) throw new UsageError(t('cli.reportNeedsFiles'));
	return {
		kind: 'report',
		files,
		format: formatOf(flags),
		basis: flags.best ? 'best' : 'latest',
		width: widthOf(flags.width),
	};
}

/** --csv and --best mean nothing without `report`. */
export function checkReportOnly(flags: ReportFlags): void {
	if (flags.csv) throw new UsageError(t('cli.csvWithoutReport'));
	if (flags.best) throw new UsageError(t('report.cli.bestWithoutReport'));
}
