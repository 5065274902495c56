/** Query keys of the auth feature. */
export const authKeys = {
  all: ['auth'] as const,
  publicSettings: () => [...authKeys.all, 'public-settings'] as const,
  invitation: (token: string) => [...authKeys.all, 'invitation', token] as const,
};
