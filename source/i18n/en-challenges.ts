// English messages for challenges. Keys start with 'challenge.'.

export const enChallenges = {} as const;
