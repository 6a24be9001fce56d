/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 权限（账号拥有其角色的全部权限；密钥只有签发时选定的部分） */
export type AccessRight =
  /** 上级审批：方案备案、申诉、不纳入积分管理 */
  | 'APPROVE'
  /** 申报积分 */
  | 'DECLARE'
  /** 处置的上级预审与审批 */
  | 'DISPOSE'
  /** 制定和报备积分方案 */
  | 'DRAFT_SCHEME'
  /** 导出台账文件 */
  | 'EXPORT'
  /** 双预警跟进 */
  | 'FOLLOW_WARNINGS'
  /** 记录台账：考勤、导入、证明材料、表决、名册 */
  | 'KEEP_REGISTER'
  /** 管理账号与密钥 */
  | 'MANAGE_ACCESS'
  /** 新建、更名、调整组织 */
  | 'MANAGE_ORGS'
  /** 提出异议与申诉 */
  | 'OBJECT'
  /** 星级名额与评星定级 */
  | 'RATE'
  /** 查看 */
  | 'READ'
  /** 查看审计日志 */
  | 'READ_AUDIT'
  /** 支委评议：初评、冲正、大会评定、公示、答复异议 */
  | 'REVIEW';

/** 账号或密钥的角色 */
export type AccountRole =
  /** 积分记录员 */
  | 'BRANCH_RECORDER'
  /** 党支部书记 */
  | 'BRANCH_SECRETARY'
  /** 区委组织部 */
  | 'DISTRICT'
  /** 党员 */
  | 'MEMBER'
  /** 镇(街道)党(工)委 */
  | 'TOWNSHIP';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { role: string, rights: Array<AccessRight>, organizationId: string | null, memberId: string | null, account: { username: string, displayName: string, role: AccountRole } | null } };


export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"rights"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;