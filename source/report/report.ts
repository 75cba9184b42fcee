// `tcp-tui report FILE…` from paths to what goes to stdout and stderr, so cli.tsx only prints it.
import type {Language} from '../i18n/index.js';
import {reportCsv, reportJson, reportMarkdown, reportText, skippedText} from './format.js';
import {type ReadFile, readResults} from './read-results.js';
import type {ReportFormat} from './report-options.js';
import {type Basis, reportExitCode, summarise} from './summarise.js';

export type ReportOptions = {
	/** The language the report is written in. */
	readonly lang: Language;
	readonly format: ReportFormat;
	/** Which attempt of a student's counts: the latest, or with --best the best. */
	readonly basis?: Basis;
	/** The width of the text report and the skipped-file notes: the terminal's, --width, or 80. */
	readonly columns: number;
};

export type ReportOutput = {
	readonly stdout: string;
	readonly stderr: string;
	readonly exitCode: 0 | 1;
};

function line(text: string): string {
	return text === '' ? '' : `${text}\n`;
}

export function runReport(
	paths: readonly string[],
	{lang, format, basis = 'latest', columns}: ReportOptions,
	readFile?: ReadFile,
): ReportOutput {
	const {results, skipped} = readResults(lang, paths, readFile);
	const summary = summarise(lang, results, basis);
	const exitCode = reportExitCode(summary);
	// With nothing to report, the explanation is an error message; CSV and JSON keep stdout pure.
	if (exitCode === 1)
		return {stdout: '', stderr: line(reportText(lang, summary, skipped, columns)), exitCode};
	switch (format) {
		case 'csv':
			return {
				stdout: reportCsv(summary),
				stderr: line(skippedText(lang, skipped, columns)),
				exitCode,
			};
		case 'json':
			return {stdout: reportJson(summary, skipped), stderr: '', exitCode};
		case 'markdown':
			return {stdout: reportMarkdown(lang, summary, skipped), stderr: '', exitCode};
		case 'text':
			return {stdout: line(reportText(lang, summary, skipped, columns)), stderr: '', exitCode};
	}
}
