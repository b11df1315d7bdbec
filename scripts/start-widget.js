// Downloads the widget's module and wasm at once. The module is evaluated and the wasm
// started as soon as the wasm's answer arrives, unless the loader is about to paint first
// rows from a board answer that is already in (`holder.teamtailorRowsPainted`, which settles
// within a second): that main-thread work would come between the rows' drawing and their
// paint. An answer still on its way holds nothing back, so a repeat visit paints its cached
// list at once however slow the API is. From a script file rather than an inline module
// script, so a strict CSP holds. Resolves to the module once its wasm runs.
function startWidget(moduleUrl, wasmUrl, holder) {
  var wasm = fetch(wasmUrl);
  var preload = document.createElement("link");
  preload.rel = "modulepreload";
  preload.crossOrigin = "anonymous";
  preload.href = moduleUrl;
  document.head.appendChild(preload);
  var started = function () {
    return import(moduleUrl).then(function (widget) {
      return widget.default({ module_or_path: wasm }).then(function () {
        return widget;
      });
    });
  };
  return wasm.then(
    function () {
      return Promise.resolve(holder && holder.teamtailorRowsPainted).then(started);
    },
    // The module's own loader reports the failed download.
    started
  );
}
