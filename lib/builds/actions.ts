'use server';
// A site's static export, asked for from its Builds tab: who is calling, what they sent, then
// lib/builds/static-export.ts (which checks the site is theirs).
import { z } from 'zod';
import { requireUser } from '@/lib/auth/require-user';
import { action } from '@/lib/http';
import { requestStaticExport } from './static-export';

const exportSchema = z.object({ siteId: z.string().trim().min(1).max(100) });

export const requestStaticExportAction = action(async (input: { siteId: string }) => {
  const user = await requireUser();
  const { siteId } = exportSchema.parse(input);
  return requestStaticExport(user, siteId);
});
