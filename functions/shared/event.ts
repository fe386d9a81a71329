// Parsing a cloud-function event with a shape (engine/shape.ts) into either the data or the contract's INVALID_INPUT
// error, whose message names the field in Chinese. Unknown keys (WeChat's userInfo, a forged owner or openid)
// are dropped by s.object, so nothing but the declared fields ever reaches a handler.
import { check, type Infer, type Shape } from '../../engine/shape';
import { formatPath } from '../../engine/shape';
import { invalidInput, type ErrorAnswer } from './errors';

export type Parsed<T> = { ok: true; data: T } | { ok: false; answer: ErrorAnswer };

/** A field's message: one for any problem, or one when it is missing and one when it is there but wrong (P61). */
export type FieldMessage = string | { missing: string; invalid: string };

/** `messages[field]` is the whole message for a problem with that top-level field. */
export function parseEvent<S extends Shape<unknown>>(
  schema: S,
  event: unknown,
  messages: Record<string, FieldMessage>,
): Parsed<Infer<S>> {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) {
    return { ok: false, answer: invalidInput('', '请求内容必须是一个 JSON 对象') };
  }
  const parsed = check(schema, event);
  if (parsed.ok) return { ok: true, data: parsed.data as Infer<S> };
  const { issue } = parsed;
  const field = formatPath(issue.path);
  const top = typeof issue.path[0] === 'string' ? issue.path[0] : '';
  const message = messages[top];
  const given = top !== '' && (event as Record<string, unknown>)[top] !== undefined;
  const text = typeof message === 'object' ? (given ? message.invalid : message.missing) : message;
  return { ok: false, answer: invalidInput(field, text ?? `${field || '请求内容'}填写有误`) };
}

/**
 * The `action` every multi-action function takes; a missing action means `fallback`. An event that is not a JSON
 * object (a string, a number, a list) is refused like `history` refuses it; no event at all is an empty one.
 */
export function actionOf<A extends string>(event: unknown, actions: readonly A[], fallback: A): Parsed<A> {
  if (event !== undefined && event !== null && (typeof event !== 'object' || Array.isArray(event))) {
    return { ok: false, answer: invalidInput('', '请求内容必须是一个 JSON 对象') };
  }
  const raw = event ? (event as { action?: unknown }).action : undefined;
  if (raw === undefined) return { ok: true, data: fallback };
  if (typeof raw === 'string' && (actions as readonly string[]).includes(raw)) return { ok: true, data: raw as A };
  return { ok: false, answer: invalidInput('action', `操作只能是 ${actions.join('、')} 之一`) };
}
