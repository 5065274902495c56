/** Query keys of the certificates feature. */
export const certificatesKeys = {
  all: ['certificates'] as const,
  verification: (code: string) => [...certificatesKeys.all, 'verification', code] as const,
  mine: () => [...certificatesKeys.all, 'mine'] as const,
};
