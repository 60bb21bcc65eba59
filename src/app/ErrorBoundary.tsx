import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useCommonMessages } from '../components/messages';
import { ViewCodeError } from './view-chunks';

interface Props {
  children: ReactNode;
  /** A new key clears a caught error (the address changed) without remounting what is inside. */
  resetKey?: string;
}

interface State {
  error: Error | null;
  resetKey?: string;
}

/** Catches a view's render errors: a message and a way out, never a blank page or a stack. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for developers in the console; the screen shows only the message.
    console.error(error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return <ViewError error={error} />;
  }
}

function ViewError({ error }: { error: Error }) {
  const { t } = useCommonMessages();
  return (
    <section className="error-screen" role="alert" aria-labelledby="view-error-title">
      <h1 id="view-error-title">{t('viewError.heading')}</h1>
      {error instanceof ViewCodeError ? (
        <p>{t('viewError.code')}</p>
      ) : (
        <>
          {error.message && <p className="error-message">{error.message}</p>}
          <p>{t('viewError.help')}</p>
        </>
      )}
      <div className="actions">
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          {t('actions.reload')}
        </button>
      </div>
    </section>
  );
}
