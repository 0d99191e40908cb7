// A small, decorative mock of a site drawn in its own palette and heading font, so each card
// in the Sites list looks like the site it stands for.
import { cn } from '@/components/ui/cn';
import type { SiteLook } from '@/lib/sites/queries';
import { fontStacks } from '@/lib/sites/theme-options';

export function SiteThumbnail({ look, className }: { look: SiteLook | null; className?: string }) {
  const palette = look?.palette;
  const headingFont = look ? fontStacks[look.headingFont]?.stack : undefined;
  if (!palette) {
    return <div aria-hidden="true" className={cn('bg-linear-to-br from-brand-100 to-fuchsia-100 dark:from-brand-950 dark:to-fuchsia-950', className)} />;
  }
  return (
    <div aria-hidden="true" className={cn('relative overflow-hidden', className)} style={{ backgroundColor: palette.background }}>
      {/* navbar */}
      <div className="absolute inset-x-4 top-3 flex items-center gap-1.5">
        <span className="size-2 rounded-full" style={{ backgroundColor: palette.primary }} />
        <span className="h-1.5 w-10 rounded-full opacity-70" style={{ backgroundColor: palette.text }} />
        <span className="ml-auto h-1.5 w-5 rounded-full opacity-30" style={{ backgroundColor: palette.text }} />
        <span className="h-1.5 w-5 rounded-full opacity-30" style={{ backgroundColor: palette.text }} />
        <span className="h-1.5 w-5 rounded-full opacity-30" style={{ backgroundColor: palette.text }} />
      </div>
      {/* hero: the business name in the site's own heading font */}
      <div className="absolute top-9 left-4 w-[58%]">
        <p className="line-clamp-2 text-[15px] leading-[1.15] font-semibold tracking-tight" style={{ color: palette.text, fontFamily: headingFont }}>
          {look?.name}
        </p>
        <span className="mt-2 block h-1.5 w-4/5 rounded-full opacity-40" style={{ backgroundColor: palette.muted }} />
        <span className="mt-1 block h-1.5 w-3/5 rounded-full opacity-40" style={{ backgroundColor: palette.muted }} />
        <span className="mt-3 block h-3.5 w-14 rounded-full" style={{ backgroundColor: palette.primary }} />
      </div>
      {/* art */}
      <div className="absolute top-8 right-4 bottom-8 w-[30%] rounded-xl" style={{ backgroundColor: palette.surface }}>
        <span className="absolute right-3 bottom-3 size-8 rounded-full" style={{ backgroundColor: palette.accent }} />
        <span className="absolute top-3 left-3 size-4 rounded-md opacity-80" style={{ backgroundColor: palette.primary }} />
      </div>
      {/* cards row */}
      <div className="absolute inset-x-4 bottom-0 flex gap-2">
        <span className="h-4 flex-1 rounded-t-md" style={{ backgroundColor: palette.surface }} />
        <span className="h-4 flex-1 rounded-t-md" style={{ backgroundColor: palette.surface }} />
        <span className="h-4 flex-1 rounded-t-md" style={{ backgroundColor: palette.surface }} />
      </div>
    </div>
  );
}
