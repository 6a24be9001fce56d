/**
 * graphql-js wraps a scalar's refusal of a variable in English: `Variable "$d" got invalid value "2026-02-30";
 * 日期…` (with ` at "input.occurredOn"` for a field inside an input object). The scalar's own reason (`reason`,
 * the wrapped error's message) is already Chinese and says what to fix: keep it, and name the variable in
 * Chinese instead. Other messages pass unchanged.
 */
export function chineseCoercionMessage(message: string, reason: string | undefined): string {
  if (!reason || !/[\u4e00-\u9fff]/.test(reason) || !message.endsWith(`; ${reason}`)) return message;
  const prefix = message.slice(0, message.length - reason.length - 2);
  const match = /^Variable "\$([A-Za-z0-9_]+)" got invalid value [\s\S]*?(?: at "([^"]+)")?$/.exec(prefix);
  if (!match) return message;
  return `参数 $${match[2] ?? match[1]} 有误：${reason}`;
}
