// English messages for lessons. Keys start with 'lesson.'.

export const enLessons = {} as const;
