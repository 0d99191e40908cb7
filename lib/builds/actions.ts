'use server';
// A site's static export asked for, or a build cancelled, from its Builds tab: who is calling, what
// they sent, then lib/builds (which checks the site is theirs).
import { z } from 'zod';
import { requireUser } from '@/lib/auth/require-user';
import { action } from '@/lib/http';
import { cancelBuild } from './records';
import { requestStaticExport } from './static-export';

const exportSchema = z.object({ siteId: z.string().trim().min(1).max(100) });

export const requestStaticExportAction = action(async (input: { siteId: string }) => {
  const user = await requireUser();
  const { siteId } = exportSchema.parse(input);
  return requestStaticExport(user, siteId);
});

const cancelSchema = z.object({ siteId: z.string().trim().min(1).max(100), buildId: z.string().trim().min(1).max(100) });

export const cancelBuildAction = action(async (input: { siteId: string; buildId: string }) => {
  const user = await requireUser();
  const { siteId, buildId } = cancelSchema.parse(input);
  const build = await cancelBuild(user, siteId, buildId);
  return { status: build.status };
});
