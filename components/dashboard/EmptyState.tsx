// A friendly "nothing here yet" panel: an illustration, what will appear, and what to do next.
import { cn } from '@/components/ui/cn';

export function EmptyState({
  illustration,
  title,
  children,
  className,
}: {
  illustration: React.ReactNode;
  title: string;
  children?: React.ReactNode;
  className?: string;
}) {
  return (
    <section
      aria-labelledby="empty-title"
      className={cn(
        'relative overflow-hidden rounded-2xl border border-dashed border-zinc-300 bg-white px-6 py-12 text-center sm:px-12 sm:py-16 dark:border-zinc-700 dark:bg-zinc-900/60',
        className,
      )}
    >
      <div
        aria-hidden="true"
        className="absolute inset-x-0 top-0 h-48 bg-[radial-gradient(50%_100%_at_50%_0%,var(--color-brand-50),transparent)] dark:bg-[radial-gradient(50%_100%_at_50%_0%,oklch(0.3_0.12_285/0.35),transparent)]"
      />
      <div className="relative mx-auto flex max-w-xl flex-col items-center">
        {illustration}
        <h2 id="empty-title" className="mt-6 text-xl font-semibold tracking-tight text-zinc-950 text-balance dark:text-white">
          {title}
        </h2>
        {children}
      </div>
    </section>
  );
}
