import { Component, type ErrorInfo, type ReactNode } from 'react'

interface Props {
  children: ReactNode
  /** Where the failure happened, for the message ("the Review view"). */
  area?: string
}

interface State {
  error: Error | null
}

/** Shows a readable message instead of a blank window when a view throws. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Leadlog view failed', error, info.componentStack)
  }

  override render(): ReactNode {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <div role="alert" className="error-panel">
        <h2>Something went wrong in {this.props.area ?? 'Leadlog'}</h2>
        <p>Your journal is safe: nothing was deleted. The problem was:</p>
        <pre>{error.message}</pre>
        <div className="row">
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            Reload Leadlog
          </button>
        </div>
      </div>
    )
  }
}
