import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useCommonMessages } from './messages';
import './dialog.css';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Extra class for the <dialog>, e.g. to make it wide. */
  className?: string;
}

/**
 * A modal dialog on the native <dialog>: focus stays inside, Escape closes,
 * and focus goes back where it was. Rendered only while open. The element
 * marked `data-autofocus` gets the focus first (else the first control).
 */
export function Dialog({ title, onClose, children, className }: DialogProps) {
  const { t } = useCommonMessages();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = useRef(onClose);
  useLayoutEffect(() => {
    close.current = onClose;
  });

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom has no showModal: the open attribute shows it there.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]')
      ?? dialog.querySelector<HTMLElement>(':is(input, select, textarea, button):not(.dialog-close)');
    first?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      if (before?.isConnected) before.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: close through the owner, so its state says closed.
        event.preventDefault();
        close.current();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && typeof ref.current?.showModal !== 'function') close.current();
      }}
    >
      <div className="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="dialog-close" aria-label={t('actions.close')} onClick={() => close.current()}>
          ×
        </button>
      </div>
      {children}
    </dialog>
  );
}

interface ConfirmProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** A destructive action: the confirm button says so in colour too. */
  danger?: boolean;
}

/** Asks before doing something that cannot be undone; Cancel has the focus first. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel, danger = false }: ConfirmProps) {
  const { t } = useCommonMessages();
  return (
    <Dialog title={title} onClose={onCancel} className="dialog-narrow">
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">
        <button type="button" className={danger ? 'button button-danger' : 'button button-primary'} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={onCancel} data-autofocus>
          {t('actions.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
