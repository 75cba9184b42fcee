// The formats a session can be exported in, for teachers: handouts, slides, wikis and a kernel test.
import {scriptJson, scriptText} from '../script/run-script.js';
import type {Session} from '../tcp/session.js';
import type {ExportOptions} from './common.js';
import {markdownOf} from './markdown.js';
import {mermaidOf} from './mermaid.js';
import {packetdrillOf} from './packetdrill.js';

export type {ExportOptions} from './common.js';

export const exportFormats = ['text', 'markdown', 'json', 'mermaid', 'packetdrill'] as const;

export type ExportFormat = (typeof exportFormats)[number];

const extensions = {
	text: '.txt',
	markdown: '.md',
	json: '.json',
	mermaid: '.mmd',
	packetdrill: '.pkt',
} as const satisfies Record<ExportFormat, string>;

export function isExportFormat(name: string): name is ExportFormat {
	return (exportFormats as readonly string[]).includes(name);
}

/** The file name extension for a format, with its dot: '.md'. */
export function extensionOf(format: ExportFormat): string {
	return extensions[format];
}

/**
 * The session in `format`, without a final newline, as scriptText and scriptJson give it: the caller
 * adds one when it prints or writes. packetdrill always numbers relative to the ISNs, as it must.
 */
export function formatSession(
	session: Session,
	format: ExportFormat,
	options: ExportOptions,
): string {
	switch (format) {
		case 'text':
			// scriptText takes the whole ScriptOptions; the ISNs it would carry are the session's own.
			return scriptText(session, {
				...options,
				isnClient: session.initial.client.iss,
				isnServer: session.initial.server.iss,
			});
		case 'json':
			return scriptJson(session, options.lang);
		case 'markdown':
			return markdownOf(session, options);
		case 'mermaid':
			return mermaidOf(session, options);
		case 'packetdrill':
			return packetdrillOf(session, options.lang);
	}
}
