'use server';
// A site's export asked for (in a format: `exportKinds`), or a build cancelled, from its Builds tab:
// who is calling, what they sent, then lib/builds (which checks the site is theirs).
import { z } from 'zod';
import { requireUser } from '@/lib/auth/require-user';
import { action } from '@/lib/http';
import { exportKinds, type ExportKind } from './kinds';
import { cancelBuild } from './records';
import { requestExport } from './site-export';

const exportSchema = z.object({ siteId: z.string().trim().min(1).max(100), kind: z.enum(exportKinds) });

export const requestExportAction = action(async (input: { siteId: string; kind: ExportKind }) => {
  const user = await requireUser();
  const { siteId, kind } = exportSchema.parse(input);
  return requestExport(user, siteId, kind);
});

const cancelSchema = z.object({ siteId: z.string().trim().min(1).max(100), buildId: z.string().trim().min(1).max(100) });

export const cancelBuildAction = action(async (input: { siteId: string; buildId: string }) => {
  const user = await requireUser();
  const { siteId, buildId } = cancelSchema.parse(input);
  const build = await cancelBuild(user, siteId, buildId);
  return { status: build.status };
});
