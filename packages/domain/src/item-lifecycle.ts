import { DomainError } from './errors';
import type { ItemAction, ItemVersionStatus } from './vocabularies/catalog';

/**
 * Life cycle of an item version (R5–R8): draft → in legal review → approved or returned with
 * comments → published → superseded by a newer published version, or retired. A returned
 * version is edited and submitted again; an unpublished draft may be withdrawn.
 */

export const ITEM_STATUS_LABELS: Record<ItemVersionStatus, string> = {
  DRAFT: '草稿',
  IN_REVIEW: '法制审核中',
  RETURNED: '已退回',
  APPROVED: '审核通过',
  PUBLISHED: '已发布',
  SUPERSEDED: '已被新版本取代',
  RETIRED: '已停用',
  WITHDRAWN: '已撤回',
};

const ACTION_LABELS: Record<ItemAction, string> = {
  EDIT: '修改',
  SUBMIT: '提交法制审核',
  APPROVE: '审核通过',
  RETURN: '退回',
  PUBLISH: '发布',
  RETIRE: '停用',
  SUPERSEDE: '以新版本取代',
  WITHDRAW: '撤回',
};

const TRANSITIONS: Record<ItemAction, { from: ItemVersionStatus[]; to: ItemVersionStatus }> = {
  EDIT: { from: ['DRAFT', 'RETURNED'], to: 'DRAFT' },
  SUBMIT: { from: ['DRAFT', 'RETURNED'], to: 'IN_REVIEW' },
  APPROVE: { from: ['IN_REVIEW'], to: 'APPROVED' },
  RETURN: { from: ['IN_REVIEW'], to: 'RETURNED' },
  PUBLISH: { from: ['APPROVED'], to: 'PUBLISHED' },
  RETIRE: { from: ['PUBLISHED'], to: 'RETIRED' },
  SUPERSEDE: { from: ['PUBLISHED'], to: 'SUPERSEDED' },
  WITHDRAW: { from: ['DRAFT', 'RETURNED', 'APPROVED'], to: 'WITHDRAWN' },
};

/** The status after `action`, or INVALID_TRANSITION naming both in Chinese. */
export function nextItemStatus(current: ItemVersionStatus, action: ItemAction): ItemVersionStatus {
  const t = TRANSITIONS[action];
  if (!t.from.includes(current)) {
    throw new DomainError(
      'INVALID_TRANSITION',
      `事项版本当前为「${ITEM_STATUS_LABELS[current]}」，不能${ACTION_LABELS[action]}`,
      'status',
      { status: current, action },
    );
  }
  return EDIT_KEEPS_STATUS && action === 'EDIT' ? current : t.to;
}

// Editing a returned version keeps it "returned" until it is submitted again, so the reviewer's
// comment stays attached to the state it was made in.
const EDIT_KEEPS_STATUS: boolean = true;

/** Statuses whose content is visible to the public and usable by plans (R7). */
export const USABLE_ITEM_STATUSES: readonly ItemVersionStatus[] = ['PUBLISHED'];
