import { useId, type ComponentProps, type ReactNode } from 'react';
import { cx } from './class-names';

export interface CardProps extends Omit<ComponentProps<'section'>, 'title'> {
  title?: ReactNode;
  /** The heading level of the title; pages use h1 for their own title, so cards default to h2. */
  headingLevel?: 2 | 3;
}

/** A titled section; the title names the region for assistive technology. */
export function Card({ title, headingLevel = 2, className, children, ...rest }: CardProps) {
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={cx('ui-card', className)} aria-labelledby={title ? id : undefined} {...rest}>
      {title && (
        <Heading id={id} className="ui-card__title">
          {title}
        </Heading>
      )}
      <div className="ui-card__body">{children}</div>
    </section>
  );
}
