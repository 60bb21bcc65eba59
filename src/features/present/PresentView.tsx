/**
 * The plenary presentation: a start screen in the app's layout, and the
 * full-screen deck of six slides over it once started. Everything the deck
 * shows is in the URL (`?quarter=&slide=&anon=&auto=`), so a presenter can
 * prepare the address beforehand; the deck is open while `slide` is set.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset, IsoDate, Quarter } from '../../core';
import { availableQuarters } from '../../lib/quarter-param';
import { useSearchParamState } from '../../lib/url-state';
import { useDataset } from '../../lib/use-dataset';
import { Deck } from './Deck';
import { enterFullscreen } from './deckHooks';
import { usePresentMessages } from './messages';
import { mapDateOf, usePresentModel } from './model';
import { latestQuarterWithData, readPresentParams, SLIDE_IDS, type PresentParams } from './params';
import { partyNames } from './parties';
import { slideTitle, SlideBody } from './slides';
import { StartScreen } from './StartScreen';
import './present.css';

interface DeckProps {
  dataset: Dataset;
  asOf: IsoDate;
  params: PresentParams & { slide: number };
  titles: readonly string[];
  onSlide: (index: number) => void;
  onLeave: () => void;
}

/** The deck with what its slides show, computed only once it opens. */
function PresentDeck({ dataset, asOf, params, titles, onSlide, onLeave }: DeckProps) {
  // The slide shown lives here and is mirrored to the URL: a router navigation
  // may land after the next key press, which would then count from a stale slide.
  const [index, setIndex] = useState(params.slide);
  const show = (i: number) => {
    if (i === index) return;
    setIndex(i);
    onSlide(i);
  };
  const model = usePresentModel(dataset, asOf, params.quarter);
  const names = useMemo(() => partyNames(dataset, params.anonymise), [dataset, params.anonymise]);
  return (
    <Deck
      quarter={params.quarter}
      titles={titles}
      ids={SLIDE_IDS}
      index={index}
      onIndex={show}
      onLeave={onLeave}
      autoSeconds={params.autoSeconds}
      anonymise={params.anonymise}
      synthetic={dataset.meta.synthetic}
      renderSlide={(i) => <SlideBody id={SLIDE_IDS[i]!} model={model} names={names} anonymise={params.anonymise} />}
    />
  );
}

export function PresentView() {
  const { dataset, asOf } = useDataset();
  usePresentMessages(); // re-renders the titles on a change of language
  const [search, update] = useSearchParamState();
  const quarters = useMemo(() => availableQuarters(dataset, asOf), [dataset, asOf]);
  const fallback = useMemo(() => latestQuarterWithData(dataset, quarters), [dataset, quarters]);
  const params = readPresentParams(search, quarters, fallback);
  const mapDate = mapDateOf(dataset, params.quarter, asOf).date;
  const titles = SLIDE_IDS.map((id) => slideTitle(id, params.quarter, mapDate));

  const startRef = useRef<HTMLButtonElement>(null);
  const open = params.slide !== null;
  const wasOpen = useRef(open);
  // Back from the deck: the focus returns to Start, where the presenter left.
  useEffect(() => {
    if (wasOpen.current && !open) startRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const set = (changes: Record<string, string | null>) => update(changes, { replace: true });
  const start = () => {
    enterFullscreen();
    set({ slide: '1' });
  };
  const leave = () => set({ slide: null });

  return (
    <>
      <StartScreen
        title={dataset.meta.title}
        quarters={quarters}
        params={params}
        slideTitles={titles}
        startRef={startRef}
        onQuarter={(q: Quarter) => set({ quarter: q === fallback ? null : q })}
        onAnonymise={(on: boolean) => set({ anon: on ? '1' : null })}
        onAuto={(s: number | null) => set({ auto: s === null ? null : String(s) })}
        onStart={start}
      />
      {params.slide !== null && (
        <PresentDeck
          dataset={dataset}
          asOf={asOf}
          params={{ ...params, slide: params.slide }}
          titles={titles}
          onSlide={(i) => set({ slide: String(i + 1) })}
          onLeave={leave}
        />
      )}
    </>
  );
}
