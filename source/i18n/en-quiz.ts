// English messages for the quiz. Keys start with 'quiz.'.

export const enQuiz = {} as const;
