// English messages for the progress file. Keys start with 'progress.'.

export const enProgress = {
	'progress.corrupt':
		'tcp-tui: {path} is not progress this version can read; starting fresh and not saving over it (move it away to save again).',
	'progress.unreadable':
		'tcp-tui: cannot read the progress file {path} ({reason}); starting fresh and not saving.',
	'progress.unwritable':
		'tcp-tui: cannot save progress to {path} ({reason}); carrying on without saving.',
	'progress.resetFailed': 'tcp-tui: cannot delete the progress file {path} ({reason}).',
} as const;
