// After a change to a site: its dashboard page and the sites list show it on their next render.
import { revalidatePath } from 'next/cache';

export function revalidateSite(siteId: string): void {
  revalidatePath(`/dashboard/sites/${siteId}`);
  revalidatePath('/dashboard');
}
