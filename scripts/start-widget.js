// Downloads the widget's module and wasm at once, but evaluates the module and starts the
// wasm only when `rowsPainted` settles (at most a second from now; at once when there is no
// such promise): that main-thread work would otherwise come between the first rows' drawing
// and their paint, and the wasm waits for that paint before it mounts anyway (src/mount.rs).
// From a script file rather than an inline module script, so a strict CSP holds. Resolves
// to the module once its wasm runs.
function startWidget(moduleUrl, wasmUrl, rowsPainted) {
  var wasm = fetch(wasmUrl);
  var preload = document.createElement("link");
  preload.rel = "modulepreload";
  preload.crossOrigin = "anonymous";
  preload.href = moduleUrl;
  document.head.appendChild(preload);
  return new Promise(function (resolve) {
    if (rowsPainted) rowsPainted.then(resolve);
    setTimeout(resolve, rowsPainted ? 1000 : 0);
  })
    .then(function () {
      return import(moduleUrl);
    })
    .then(function (widget) {
      return widget.default({ module_or_path: wasm }).then(function () {
        return widget;
      });
    });
}
