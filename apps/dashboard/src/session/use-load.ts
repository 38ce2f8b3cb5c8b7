import { type DependencyList, useEffect, useState } from 'react';

export type Load<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly value: T }
  | { readonly state: 'failed'; readonly message: string };

/** Loads a value when a dependency changes; an answer that arrives after a newer request is dropped. */
export function useLoad<T>(load: () => Promise<T>, dependencies: DependencyList): Load<T> {
  const [result, setResult] = useState<Load<T>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    // A value already shown stays until the new one arrives (after a write, or another asOf), so that the page
    // does not blank out and lose what the user was looking at.
    setResult((shown) => (shown.state === 'ready' ? shown : { state: 'loading' }));
    load().then(
      (value) => current && setResult({ state: 'ready', value }),
      (error: unknown) => current && setResult({ state: 'failed', message: (error as Error).message }),
    );
    return () => {
      current = false;
    };
  }, dependencies);
  return result;
}
