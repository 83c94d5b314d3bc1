// One way to keep anything in extension storage: every read is validated, and whatever is stored
// — corrupt, older, or written by hand — comes back as a valid value or the fallback, never an error.
import { storage, type StorageItemKey, type WxtStorageItemOptions } from 'wxt/utils/storage';

/** A zod (mini) schema, or anything else that parses untrusted values the same way. */
interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export interface ValidatedItem<T> {
  /** The stored value, validated; the fallback when it is missing, invalid or unreadable. */
  read(): Promise<T>;
  write(value: T): Promise<void>;
  remove(): Promise<void>;
  /** Calls back with each new value, validated; returns the unwatch. */
  watch(onChange: (value: T) => void): () => void;
}

export function validatedItem<T>(
  key: StorageItemKey,
  parser: Parser<T>,
  fallback: () => T,
  options?: WxtStorageItemOptions<unknown>,
): ValidatedItem<T> {
  const item = options ? storage.defineItem<unknown>(key, options) : storage.defineItem<unknown>(key);
  const validate = (value: unknown): T => {
    const parsed = parser.safeParse(value);
    return parsed.success ? parsed.data : fallback();
  };
  return {
    read: () => item.getValue().then(validate, fallback),
    write: (value) => item.setValue(value),
    remove: () => item.removeValue(),
    watch: (onChange) => item.watch((value) => onChange(validate(value))),
  };
}
