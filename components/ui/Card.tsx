// A bordered panel with an optional heading and description.
import { cn } from '@/components/ui/cn';

export function Card({
  title,
  description,
  children,
  className,
  headingLevel = 2,
}: {
  title?: React.ReactNode;
  description?: React.ReactNode;
  children?: React.ReactNode;
  className?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={cn('rounded-xl border border-zinc-200 bg-white p-5 shadow-sm sm:p-6 dark:border-zinc-800 dark:bg-zinc-900', className)}>
      {title && <Heading className="text-base font-semibold">{title}</Heading>}
      {description && <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{description}</p>}
      {children && <div className={title || description ? 'mt-4' : ''}>{children}</div>}
    </section>
  );
}
