// A wasm that the editor loads only when the desk first needs it (the drafter's, the
// publisher's), so that the editor's own wasm, loaded at every visit, stays small. The
// same in the page and in the worker: the first call starts the load, every later call
// shares its promise.

/**
 * A function that loads wasm `file` (beside this script) once, through its glue's `init`,
 * and resolves to the glue's exports `glue`.
 */
export function lazyWasm(init, glue, file) {
  let ready = null;
  return () => {
    ready ??= init({ module_or_path: new URL(file, import.meta.url) }).then(() => glue);
    return ready;
  };
}
