import { z } from 'zod';
import { CreateFrameworkRequest, FrameworkSlug, Locale } from '@campus/contracts';
import { initialContent } from './framework-draft';

/** The few fields a new framework starts from; the rest is written in the editor. */
export const CreateFrameworkForm = z.object({
  slug: FrameworkSlug,
  sourceLocale: Locale,
  title: z.string().trim().min(1).max(2000),
  areaTitle: z.string().trim().min(1).max(2000),
  topic: z.string().trim().toLowerCase().min(1).max(60),
  statement: z.string().trim().min(1).max(2000),
});
export type CreateFrameworkForm = z.infer<typeof CreateFrameworkForm>;

export const emptyCreateFrameworkForm = (sourceLocale: Locale) => ({
  slug: '',
  sourceLocale: sourceLocale as string,
  title: '',
  areaTitle: '',
  topic: '',
  statement: '',
});

export function createFrameworkRequest(form: CreateFrameworkForm): CreateFrameworkRequest {
  return CreateFrameworkRequest.parse({ slug: form.slug, content: initialContent(form.sourceLocale, form) });
}
