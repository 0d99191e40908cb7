// A grey bar standing in for content while a page loads (pulsing unless the visitor asks for less motion).
export function SkeletonBar({ className }: { className: string }) {
  return <div className={`rounded-md bg-zinc-200 motion-safe:animate-pulse dark:bg-zinc-800 ${className}`} />;
}
