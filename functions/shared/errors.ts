// The contract's error answers (docs/functions.md): `{ error: { code, field?, message } }`, message in Chinese.

export interface ErrorAnswer {
  error: { code: string; field?: string; message: string };
}

export function invalidInput(field: string, message: string): ErrorAnswer {
  return { error: { code: 'INVALID_INPUT', field, message } };
}

export function failure(code: string, message: string): ErrorAnswer {
  return { error: { code, message } };
}
