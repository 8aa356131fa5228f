import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { DatabaseGate } from './app/DatabaseGate'
import { ErrorBoundary } from './app/ErrorBoundary'
import { QuickCapture } from './features/capture'
import './styles.css'

// The desktop's quick-capture window loads this same page with #capture: the same origin,
// so the same journal, behind the same gate (a locked journal asks for its passphrase).
const page = location.hash === '#capture' ? <QuickCapture /> : <App />

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <DatabaseGate>{page}</DatabaseGate>
    </ErrorBoundary>
  </StrictMode>,
)
