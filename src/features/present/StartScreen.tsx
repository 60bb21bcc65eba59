/**
 * The start screen, in the app's normal layout: the quarter, the anonymise
 * switch, auto-advance, the projector theme, what the slides are and which
 * keys drive them, and the Start button.
 */
import { useId, type Ref } from 'react';
import { Notice } from '../../components/Notice';
import { QuarterSelect } from '../../components/QuarterSelect';
import type { Quarter } from '../../core';
import { formatCount } from '../../lib/format';
import { setThemeChoice, useTheme, type ThemeChoice } from '../../lib/theme';
import { usePresentMessages } from './messages';
import { AUTO_SECONDS, type PresentParams } from './params';

interface Props {
  title: string;
  quarters: readonly Quarter[];
  params: PresentParams;
  slideTitles: readonly string[];
  startRef: Ref<HTMLButtonElement>;
  onQuarter: (quarter: Quarter) => void;
  onAnonymise: (on: boolean) => void;
  onAuto: (seconds: number | null) => void;
  onStart: () => void;
}

/** The theme the projector theme replaced, given back when it is switched off (kept while the page is open). */
let themeBeforeContrast: ThemeChoice = 'system';

/** The projector theme switch. */
function ContrastSwitch() {
  const { t } = usePresentMessages();
  const id = useId();
  const { choice } = useTheme();
  const toggle = (on: boolean) => {
    if (on) {
      themeBeforeContrast = choice === 'contrast' ? 'system' : choice;
      setThemeChoice('contrast');
    } else {
      setThemeChoice(themeBeforeContrast);
    }
  };
  return (
    <div className="present-check">
      <input id={id} type="checkbox" checked={choice === 'contrast'} onChange={(e) => toggle(e.target.checked)} aria-describedby={`${id}-hint`} />
      <label htmlFor={id}>{t('start.contrast')}</label>
      <p id={`${id}-hint`} className="present-hint">{t('start.contrastHint')}</p>
    </div>
  );
}

export function StartScreen({ title, quarters, params, slideTitles, startRef, onQuarter, onAnonymise, onAuto, onStart }: Props) {
  const { t } = usePresentMessages();
  const anonId = useId();
  const autoId = useId();
  return (
    <section className="view present-start">
      <title>{t('documentTitle')}</title>
      <h1>{t('start.title')}</h1>
      <p className="lede">{t('start.lede', { title })}</p>
      {params.rejectedQuarter !== null && (
        <Notice>{t('start.badQuarter', { value: params.rejectedQuarter, fallback: params.quarter })}</Notice>
      )}
      <div className="present-start-grid">
        <form className="present-settings" aria-label={t('start.settings')} onSubmit={(e) => { e.preventDefault(); onStart(); }}>
          <QuarterSelect quarters={quarters} value={params.quarter} onChange={onQuarter} label={t('start.quarter')} />
          <div className="present-check">
            <input id={anonId} type="checkbox" checked={params.anonymise} onChange={(e) => onAnonymise(e.target.checked)} aria-describedby={`${anonId}-hint`} />
            <label htmlFor={anonId}>{t('start.anonymise')}</label>
            <p id={`${anonId}-hint`} className="present-hint">{t('start.anonymiseHint')}</p>
          </div>
          <div className="field">
            <label htmlFor={autoId}>{t('start.auto')}</label>
            <select
              id={autoId}
              value={params.autoSeconds === null ? 'off' : String(params.autoSeconds)}
              onChange={(e) => onAuto(e.target.value === 'off' ? null : Number(e.target.value))}
              aria-describedby={`${autoId}-hint`}
            >
              <option value="off">{t('start.autoOff')}</option>
              {AUTO_SECONDS.map((s) => (
                <option key={s} value={s}>{t('start.autoEvery', { count: s, n: formatCount(s) })}</option>
              ))}
            </select>
            <p id={`${autoId}-hint`} className="present-hint">{t('start.autoHint')}</p>
          </div>
          <ContrastSwitch />
          <button ref={startRef} type="submit" className="button button-primary present-start-button">{t('start.begin')}</button>
        </form>
        <div className="present-about">
          <h2>{t('start.slides')}</h2>
          <ol>
            {slideTitles.map((s) => <li key={s}>{s}</li>)}
          </ol>
          <h2>{t('start.keys')}</h2>
          <ul>
            <li>{t('start.keysNext')}</li>
            <li>{t('start.keysPrevious')}</li>
            <li>{t('start.keysEnds')}</li>
            <li>{t('start.keysLeave')}</li>
          </ul>
        </div>
      </div>
    </section>
  );
}
