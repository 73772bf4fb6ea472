/**
 * Memoises a pure function of a string. Lists repeat the same status, agency and date texts row after
 * row; the cache is emptied when full, so memory stays bounded on any page.
 */
export function memo<T>(fn: (text: string) => T, max = 2000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let hit = cache.get(text);
    if (hit === undefined && !cache.has(text)) {
      if (cache.size >= max) cache.clear();
      hit = fn(text);
      cache.set(text, hit);
    }
    return hit as T;
  };
}
