// Page views counted in memory between writes, with bounded memory whatever visitors send.
//
// Each distinct (site, hostname, day, path, referrer host, country, device) is one entry with a
// count. Paths and referrers are the two values a visitor can vary at will (a flood of made-up
// referrers, or a site with very many pages), so:
// - per site and day, at most `pathsPerSiteDay` distinct paths and `referrersPerSiteDay` distinct
//   referrer hosts are kept; later new ones are counted as OTHER. This also bounds the rows a site
//   can gain in a day from one instance. The memory of which values a site-day has seen is itself
//   bounded (`maxSeen` values in all, the oldest site-days forgotten first).
// - the entries waiting for the next write are at most `maxEntries`; past it a new combination has
//   its path, referrer and country folded into OTHER, and past `maxEntries` + `maxFoldedEntries`
//   the view is only counted in `dropped`.
// Nothing is stored about a visitor: no IP, no user agent, no cookie.
import type { Device } from './classify';

export const OTHER = '(other)';

export type PageView = { siteId: string; hostname: string; day: string; path: string; referrerHost: string; country: string; device: Device };
export type CountedView = PageView & { count: number };

export type CounterLimits = {
  maxEntries: number;
  maxFoldedEntries: number;
  pathsPerSiteDay: number;
  referrersPerSiteDay: number;
  maxSeen: number;
};

export const defaultLimits: CounterLimits = {
  maxEntries: 20_000,
  maxFoldedEntries: 2_000,
  pathsPerSiteDay: 500,
  referrersPerSiteDay: 200,
  maxSeen: 200_000,
};

type Seen = { paths: Set<string>; referrers: Set<string> };

export class VisitCounter {
  private entries = new Map<string, CountedView>();
  private seen = new Map<string, Seen>();
  private seenValues = 0;
  folded = 0;
  dropped = 0;

  constructor(private readonly limits: CounterLimits = defaultLimits) {}

  get size(): number {
    return this.entries.size;
  }

  // Paths and referrers remembered for the per-site-day caps.
  get trackedValues(): number {
    return this.seenValues;
  }

  // Values a site-day has already been counted with, for the per-site-day caps; '' (no referrer)
  // and OTHER are free.
  private admit(view: PageView): { path: string; referrerHost: string } {
    const key = `${view.siteId}\u0000${view.day}`;
    let seen = this.seen.get(key);
    if (!seen) {
      seen = { paths: new Set(), referrers: new Set() };
      this.seen.set(key, seen);
    }
    let { path, referrerHost } = view;
    if (!seen.paths.has(path)) {
      if (seen.paths.size >= this.limits.pathsPerSiteDay) path = OTHER;
      else {
        seen.paths.add(path);
        this.seenValues++;
      }
    }
    if (referrerHost !== '' && !seen.referrers.has(referrerHost)) {
      if (seen.referrers.size >= this.limits.referrersPerSiteDay) referrerHost = OTHER;
      else {
        seen.referrers.add(referrerHost);
        this.seenValues++;
      }
    }
    // Forget the oldest site-days first (a Map iterates in insertion order); their caps start afresh.
    while (this.seenValues > this.limits.maxSeen && this.seen.size > 1) {
      const [oldestKey, oldest] = this.seen.entries().next().value!;
      this.seenValues -= oldest.paths.size + oldest.referrers.size;
      this.seen.delete(oldestKey);
    }
    return { path, referrerHost };
  }

  add(view: PageView, count = 1): void {
    // The common case first: this very view was counted since the last write, so its path and
    // referrer were admitted as they are.
    const rawKey = `${view.siteId}\u0000${view.hostname}\u0000${view.day}\u0000${view.path}\u0000${view.referrerHost}\u0000${view.country}\u0000${view.device}`;
    let entry = this.entries.get(rawKey);
    if (entry) {
      entry.count += count;
      return;
    }
    const { path, referrerHost } = this.admit(view);
    let key =
      path === view.path && referrerHost === view.referrerHost
        ? rawKey
        : `${view.siteId}\u0000${view.hostname}\u0000${view.day}\u0000${path}\u0000${referrerHost}\u0000${view.country}\u0000${view.device}`;
    entry = key === rawKey ? undefined : this.entries.get(key);
    if (entry) {
      this.folded += count;
      entry.count += count;
      return;
    }
    let stored: PageView = { ...view, path, referrerHost };
    if (this.entries.size >= this.limits.maxEntries) {
      stored = { ...view, path: OTHER, referrerHost: OTHER, country: OTHER };
      key = `${view.siteId}\u0000${view.hostname}\u0000${view.day}\u0000${OTHER}\u0000${OTHER}\u0000${OTHER}\u0000${view.device}`;
      entry = this.entries.get(key);
      if (entry) {
        this.folded += count;
        entry.count += count;
        return;
      }
      if (this.entries.size >= this.limits.maxEntries + this.limits.maxFoldedEntries) {
        this.dropped += count;
        return;
      }
    }
    if (stored.path !== view.path || stored.referrerHost !== view.referrerHost) this.folded += count;
    this.entries.set(key, { ...stored, count });
  }

  // Hands over everything counted so far and starts afresh (the per-site-day caps carry on).
  drain(): CountedView[] {
    const out = [...this.entries.values()];
    this.entries = new Map();
    return out;
  }

  // Drops the per-site-day memory of days before `day` (YYYY-MM-DD).
  forgetBefore(day: string): void {
    for (const [key, seen] of this.seen) {
      if (key.slice(key.indexOf('\u0000') + 1) < day) {
        this.seenValues -= seen.paths.size + seen.referrers.size;
        this.seen.delete(key);
      }
    }
  }
}
