import { vi } from 'vitest';

type Methods = Record<string, (...args: unknown[]) => Promise<unknown>>;

/**
 * Replaces a fake-browser method with one resolving to `value`. The browser typings overload each
 * method with a callback form returning void, which `vi.spyOn(...).mockResolvedValue` picks up.
 */
export function resolves(target: object, method: string, value: unknown) {
  return vi.spyOn(target as Methods, method).mockResolvedValue(value);
}

export function rejects(target: object, method: string, error: Error) {
  return vi.spyOn(target as Methods, method).mockRejectedValue(error);
}
