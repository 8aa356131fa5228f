// The app-wide toast: one short message at a time, which any view may raise, with an
// optional action such as Undo. A newer message replaces the one on screen.
import { create } from 'zustand'

export interface ToastMessage {
  /** New for every message, so the same words twice still restart the timer. */
  id: number
  message: string
  actionLabel?: string
  onAction?: () => void
}

interface ToastState {
  toast: ToastMessage | null
  notify(toast: Omit<ToastMessage, 'id'>): void
  dismiss(): void
}

let toasts = 0

export const useToast = create<ToastState>((set) => ({
  toast: null,
  notify: (toast) => set({ toast: { ...toast, id: ++toasts } }),
  dismiss: () => set({ toast: null }),
}))
