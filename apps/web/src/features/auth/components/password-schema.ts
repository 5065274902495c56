import { z } from 'zod';
import { Password } from '@campus/contracts';

/** Adds a second entry of the new password; a mismatch is reported on `confirmPassword`. */
export function withPasswordConfirmation<T extends z.ZodRawShape>(
  shape: T,
  field: keyof T & string = 'password',
) {
  return z.object({ ...shape, confirmPassword: z.string() }).superRefine((v, ctx) => {
    const values = v as Record<string, unknown>;
    if (values[field] !== values.confirmPassword) {
      ctx.addIssue({
        code: 'custom',
        path: ['confirmPassword'],
        message: 'The passwords differ.',
        params: { i18nKey: 'validation.passwordsDiffer' },
      });
    }
  });
}

export const NewPasswordForm = withPasswordConfirmation({ password: Password });
