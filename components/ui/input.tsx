import type { ComponentProps } from 'react';
import { controlClassWith } from './control-class';

/** A bare input in the app's control style; TextField adds the label, hint and errors. */
export function Input({ className, ...props }: ComponentProps<'input'>) {
  return <input className={controlClassWith(className)} {...props} />;
}
