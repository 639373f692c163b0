'use client';

import { startTransition, useEffect, useRef, useState, type RefObject } from 'react';
import type { InView } from './location-clusters';
import { mountLocationsMap, type MapControls, type MapTexts } from './locations-map-view';

export type { InView } from './location-clusters';
export type { MapControls, MapTexts } from './locations-map-view';

type Options = {
  containerRef: RefObject<HTMLDivElement | null>;
  dataUrl: string;
  locationHref(id: string): string;
  navigate(href: string): void;
  tileUrl: string;
  tileAttribution: string;
  texts: MapTexts;
};

/**
 * The clustered map of the organisation's locations (locations-map-view.ts) as React state: mounts
 * the map on the container, remounts it on retry, and reports its status, the locations in view
 * and whether the tiles are unavailable.
 */
export function useLocationsMap({ containerRef, dataUrl, tileUrl, tileAttribution, ...rest }: Options) {
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');
  const [inView, setInView] = useState<InView | null>(null);
  const [tilesUnavailable, setTilesUnavailable] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const mounted = useRef<ReturnType<typeof mountLocationsMap> | null>(null);
  // Stable for the caller; does nothing until the map exists.
  const [controls] = useState<MapControls>(() => ({
    showLocation: (id) => mounted.current?.controls()?.showLocation(id),
    highlight: (id) => mounted.current?.controls()?.highlight(id),
    showAll: () => mounted.current?.controls()?.showAll(),
  }));
  // Texts and callbacks change identity with every render; the map reads the latest ones.
  const latest = useRef(rest);
  useEffect(() => {
    latest.current = rest;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const map = mountLocationsMap(
      container,
      { dataUrl, tileUrl, tileAttribution },
      {
        texts: () => latest.current.texts,
        locationHref: (id) => latest.current.locationHref(id),
        navigate: (href) => latest.current.navigate(href),
        ready: () => setStatus('ready'),
        failed: () => setStatus('error'),
        showInView: (shown) => startTransition(() => setInView(shown)),
        tilesUnavailable: () => setTilesUnavailable(true),
      },
    );
    mounted.current = map;
    return () => {
      mounted.current = null;
      map.destroy();
    };
  }, [containerRef, dataUrl, tileUrl, tileAttribution, attempt]);

  return {
    status,
    inView,
    tilesUnavailable,
    controls,
    retry() {
      setStatus('loading');
      setAttempt((value) => value + 1);
    },
  };
}
