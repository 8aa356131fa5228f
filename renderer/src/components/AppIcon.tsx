/** The Leadlog mark: a rising path of three steps ending in a flag, on a rounded square. */
export function AppIcon({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect x="2" y="2" width="60" height="60" rx="14" fill="#2447a8" />
      <path
        d="M14 48h10v-9h10v-9h10V18"
        fill="none"
        stroke="#ffffff"
        strokeWidth="5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <path d="M44 18l9 4-9 4z" fill="#f5b841" />
    </svg>
  )
}
