// The audit log: security-relevant events on an account, with where they came from.
import { db } from '@/lib/db';
import { currentRequestInfo } from './request-info';

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
  | 'certificate.exported';

export async function audit(userId: string | null, action: AuditAction, meta: Record<string, unknown> = {}) {
  const { ip, userAgent } = await currentRequestInfo();
  await db.auditLog.create({ data: { userId, action, ip, userAgent, meta: meta as object } });
}
