import { AppError } from '@jifen/kit';

export enum AccessErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_DISABLED = 'ACCOUNT_DISABLED',
  INVALID_REFRESH_TOKEN = 'INVALID_REFRESH_TOKEN',
  INVALID_ACCOUNT = 'INVALID_ACCOUNT',
  USERNAME_TAKEN = 'USERNAME_TAKEN',
  ACCOUNT_NOT_FOUND = 'ACCOUNT_NOT_FOUND',
  NOT_AN_ACCOUNT = 'NOT_AN_ACCOUNT',
  INVALID_API_KEY_INPUT = 'INVALID_API_KEY_INPUT',
  API_KEY_NOT_FOUND = 'API_KEY_NOT_FOUND',
  INVALID_API_KEY = 'INVALID_API_KEY',
  RATE_LIMITED = 'RATE_LIMITED',
  FORBIDDEN = 'FORBIDDEN',
}

export class AccessError extends AppError<AccessErrorCode> {}

export const invalidCredentials = () => new AccessError(AccessErrorCode.INVALID_CREDENTIALS, '用户名或密码不正确');

export const accountNotFound = (id: string) =>
  new AccessError(AccessErrorCode.ACCOUNT_NOT_FOUND, `找不到编号为 ${id} 的账号，或您无权管理它`, { id });

export const apiKeyNotFound = (id: string) =>
  new AccessError(AccessErrorCode.API_KEY_NOT_FOUND, `找不到编号为 ${id} 的密钥，或您无权管理它`, { id });

export const mayNotIssue = (what: string) =>
  new AccessError(AccessErrorCode.FORBIDDEN, `您的账号无权${what}：只能为本级（不高于本人角色）或下级组织办理`);
