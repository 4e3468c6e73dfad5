import { DomainError } from './errors';

export const PASSWORD_MIN_LENGTH = 10;

/** Passwords: at least 10 characters with letters and digits, and not the user name. */
export function checkPasswordStrength(password: string, username: string, field = 'newPassword'): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw new DomainError('WEAK_PASSWORD', `密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符`, field);
  }
  if (password.length > 128) throw new DomainError('WEAK_PASSWORD', '密码不能超过 128 个字符', field);
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    throw new DomainError('WEAK_PASSWORD', '密码必须同时包含字母和数字', field);
  }
  if (password.toLowerCase().includes(username.toLowerCase())) {
    throw new DomainError('WEAK_PASSWORD', '密码不能包含用户名', field);
  }
}
