import DataLoader from 'dataloader';

/**
 * One loader per distinct arguments (compared as JSON), made on first use and kept for the request: a field
 * asked with the same arguments on many nodes shares one batch.
 */
export function loaderPerArgs<A, K, V, C = K>(
  make: (args: A) => DataLoader<K, V, C>,
): (args: A) => DataLoader<K, V, C> {
  const loaders = new Map<string, DataLoader<K, V, C>>();
  return (args) => {
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = make(args)));
    return loader;
  };
}
