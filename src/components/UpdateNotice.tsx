import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { dismissUpdate, registerServiceWorker, reloadForUpdate, useAppUpdate } from '../lib/service-worker';
import { useOfflineMessages } from './offline-messages';
import './update-notice.css';

/**
 * "A new version of the dashboard is available — Reload": small, in a
 * corner, never in the way. Reload is held back, with a word why, while a
 * form holds unsaved input.
 */
export function UpdateNotice() {
  const { t } = useOfflineMessages();
  const { available, heldForForm, dismissed } = useAppUpdate();
  if (!available || dismissed) return null;
  return (
    <div className="update-notice" role="status">
      <p>{t('update.available')}</p>
      {heldForForm && <p className="update-held">{t('update.heldForForm')}</p>}
      <div className="update-actions">
        <button type="button" className="button" onClick={reloadForUpdate}>
          {t('update.reload')}
        </button>
        <button type="button" className="link-button" onClick={dismissUpdate}>
          {t('update.later')}
        </button>
      </div>
    </div>
  );
}

/**
 * Registers the service worker and places the notice in a root of its own,
 * beside the app's: it needs neither the router nor the data, and it still
 * offers the reload when a view cannot be displayed. Called from src/app/start.tsx
 * in production builds; this module is not part of the first view's code.
 */
export function startOfflineAppShell() {
  const host = document.createElement('div');
  host.className = 'update-notice-host';
  document.body.append(host);
  createRoot(host).render(
    <StrictMode>
      <UpdateNotice />
    </StrictMode>,
  );
  registerServiceWorker();
}
