// English messages for the progress file. Keys start with 'progress.'.

export const enProgress = {} as const;
