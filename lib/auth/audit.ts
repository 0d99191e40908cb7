// The audit log: security-relevant events on an account, with where they came from.
import { db } from '@/lib/db';
import { currentRequestInfo, type RequestInfo } from './request-info';

export type AuditAction =
  | 'signin.success'
  | 'signin.failure'
  | 'signout.everywhere'
  | 'session.revoked'
  | 'password.changed'
  | 'twofactor.enabled'
  | 'twofactor.disabled'
  | 'account.created'
  | 'account.exported'
  | 'account.deletion_requested'
  | 'account.deleted'
  | 'certificate.exported'
  | 'apikey.created'
  | 'apikey.used_new_ip'
  | 'apikey.revoked';

// `info`: where the request came from, when the caller has the request itself (an API key's use is
// read from its route's Request); otherwise Next's request headers are asked.
export async function audit(userId: string | null, action: AuditAction, meta: Record<string, unknown> = {}, info?: RequestInfo) {
  const { ip, userAgent } = info ?? (await currentRequestInfo());
  await db.auditLog.create({ data: { userId, action, ip, userAgent, meta: meta as object } });
}
