import { useCallback, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from '../api';
import { focusFirstInvalid } from './focus-first-invalid';
import { zodFieldErrors } from './zod-messages';

type Values = Record<string, string | boolean>;

/**
 * A small form state for the contracts' zod schemas: values, per-field errors (client and
 * server), and focus on the first invalid field after a failed submit.
 */
export function useZodForm<V extends Values, S extends z.ZodType>(schema: S, initial: V) {
  const { t } = useTranslation('common');
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);

  const focusInvalid = useCallback(() => focusFirstInvalid(formRef), []);

  const setValue = useCallback(<K extends keyof V>(name: K, value: V[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => {
      if (!(name in e)) return e;
      const { [name as string]: _removed, ...rest } = e;
      return rest;
    });
  }, []);

  /** Parses the values; on failure shows the errors and returns null. */
  const validate = useCallback((): z.output<S> | null => {
    const parsed = schema.safeParse(values);
    if (parsed.success) {
      setErrors({});
      return parsed.data;
    }
    setErrors(zodFieldErrors(parsed.error, values, t));
    focusInvalid();
    return null;
  }, [schema, values, t, focusInvalid]);

  /** Puts the API's field errors (problem.errors) on the matching fields; true when any matched. */
  const applyServerErrors = useCallback(
    (err: unknown): boolean => {
      if (!isApiError(err) || !err.fieldErrors.length) return false;
      const known = Object.keys(values);
      const mapped = Object.fromEntries(
        Object.entries(err.fieldErrorMap()).filter(([field]) => known.includes(field)),
      );
      if (!Object.keys(mapped).length) return false;
      setErrors(mapped);
      focusInvalid();
      return true;
    },
    [values, focusInvalid],
  );

  /** Props for a TextField/Select bound to a string value. */
  const field = <K extends keyof V & string>(name: K) => ({
    name,
    value: values[name] as string,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setValue(name, e.target.value as V[K]),
    error: errors[name],
  });

  const handleSubmit = (onValid: (data: z.output<S>) => void) => (e: FormEvent) => {
    e.preventDefault();
    const data = validate();
    if (data) onValid(data);
  };

  const initialRef = useRef(initial);
  const reset = useCallback((next: V = initialRef.current) => {
    setValues(next);
    setErrors({});
  }, []);

  return {
    values,
    setValue,
    errors,
    setErrors,
    validate,
    applyServerErrors,
    field,
    handleSubmit,
    formRef,
    reset,
  };
}
