// The app's button, as a <button> or (asChild) any element such as a Link.
import { Slot } from 'radix-ui';
import { forwardRef } from 'react';
import { buttonClassName, type ButtonSize, type ButtonVariant } from '@/components/ui/button-class';

export type ButtonProps = React.ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  asChild?: boolean;
};

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button({ variant = 'primary', size = 'md', asChild, className, ...props }, ref) {
  const Component = asChild ? Slot.Root : 'button';
  return <Component ref={ref} className={buttonClassName({ variant, size, className })} {...props} />;
});
