// English messages for the teacher's report. Keys start with 'report.'.

export const enReport = {} as const;
