import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { DatabaseGate } from './app/DatabaseGate'
import { ErrorBoundary } from './app/ErrorBoundary'
import './styles.css'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <DatabaseGate>
        <App />
      </DatabaseGate>
    </ErrorBoundary>
  </StrictMode>,
)
