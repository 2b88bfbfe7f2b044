// The audit log: sign-ins, staff changes and moderation actions (issues 3 and 4). Anyone's action
// writes to it; only admins read it.
import 'server-only';
import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb, type Executor } from '@/db';
import { offset, pageCount } from '@/lib/pagination';
import { requireRole, type Actor } from './permissions';
import { auditLog, users } from '@/db/schema';

export const AUDIT_PAGE_SIZE = 50;

export type AuditInput = {
  actorId: number | null;
  action: string;
  targetType?: string;
  targetId?: string | number;
  detail?: Record<string, unknown>;
  reason?: string;
  affected?: number;
  createdAt?: number;
};

/** Appends one entry and returns its id. */
/** Takes a transaction so an action's audit row commits (or not) with the action itself. */
export function recordAudit(entry: AuditInput, db: Executor = getDb()): number {
  const row = db
    .insert(auditLog)
    .values({
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType ?? '',
      targetId: entry.targetId === undefined ? '' : String(entry.targetId),
      detail: JSON.stringify(entry.detail ?? {}),
      reason: entry.reason ?? '',
      affected: entry.affected ?? 0,
      ...(entry.createdAt === undefined ? {} : { createdAt: entry.createdAt }),
    })
    .returning({ id: auditLog.id })
    .get();
  return row.id;
}

export type AuditEntry = {
  id: number;
  createdAt: number;
  actorId: number | null;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string;
  detail: Record<string, unknown>;
  reason: string;
  affected: number;
  undoneAt: number | null;
  undoneByName: string | null;
};

export type AuditQuery = { actor: Actor; action?: string; from?: number; to?: number; page?: number };

/** A page of entries, newest first; `from` is inclusive and `to` exclusive (UTC ms). Admins only. */
export function listAudit(query: AuditQuery): {
  entries: AuditEntry[];
  total: number;
  page: number;
  pageCount: number;
} {
  requireRole(query.actor, 'admin', 'Only an admin can read the audit log.');
  const db = getDb();
  const conditions: SQL[] = [];
  // A trailing dot filters a family: "login." matches login.success, login.failure, login.throttled.
  if (query.action) conditions.push(actionCondition(query.action));
  if (query.from !== undefined) conditions.push(gte(auditLog.createdAt, query.from));
  if (query.to !== undefined) conditions.push(lt(auditLog.createdAt, query.to));
  const where = conditions.length ? and(...conditions) : undefined;
  const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  const page = Math.max(1, query.page ?? 1);
  const actorUser = alias(users, 'actor_user');
  const undoUser = alias(users, 'undo_user');
  const rows = db
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      actorId: auditLog.actorId,
      actorName: actorUser.name,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      detail: auditLog.detail,
      reason: auditLog.reason,
      affected: auditLog.affected,
      undoneAt: auditLog.undoneAt,
      undoneByName: undoUser.name,
    })
    .from(auditLog)
    .leftJoin(actorUser, eq(actorUser.id, auditLog.actorId))
    .leftJoin(undoUser, eq(undoUser.id, auditLog.undoneBy))
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset(offset(page, AUDIT_PAGE_SIZE))
    .all();
  return {
    entries: rows.map((row) => ({ ...row, detail: parseDetail(row.detail) })),
    total,
    page,
    pageCount: pageCount(total, AUDIT_PAGE_SIZE),
  };
}

/** The distinct actions present in the log, for the filter's choices. Admins only. */
export function listAuditActions(actor: Actor): string[] {
  requireRole(actor, 'admin', 'Only an admin can read the audit log.');
  return getDb()
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .orderBy(auditLog.action)
    .all()
    .map((row) => row.action);
}

function actionCondition(action: string): SQL {
  if (!action.endsWith('.')) return eq(auditLog.action, action);
  // Range over the prefix rather than LIKE, so "_" and "%" in an action name mean themselves.
  return and(gte(auditLog.action, action), lt(auditLog.action, action + '\uffff')) as SQL;
}

function parseDetail(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
