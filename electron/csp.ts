// The renderer's Content-Security-Policy. Sent as a response header by the app://
// protocol handler and repeated in renderer/index.html (a unit test keeps them equal).
// No 'unsafe-eval' and no remote host anywhere: the page can only load itself.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets the page compile WebAssembly (Argon2id, from hash-wasm's
  // bundled bytes) and nothing else: eval, new Function and string timers stay blocked.
  "script-src 'self' 'wasm-unsafe-eval'",
  // React sets style attributes; inline styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ')
