import { useCallback, useEffect, useState } from 'react';

export type Position = { lat: number; lng: number; accuracy: number };
export type PositionState = { status: 'locating' } | { status: 'ok'; position: Position } | { status: 'error'; reason: string } | { status: 'unsupported' };

/**
 * Where the phone is, for the record's GPS (asked on opening, again on request). Positioning works
 * without a network; the browser asks only on a secure page (https or localhost).
 */
export function usePosition() {
  const [state, setState] = useState<PositionState>(() => ('geolocation' in navigator ? { status: 'locating' } : { status: 'unsupported' }));
  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) return setState({ status: 'unsupported' });
    setState({ status: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (p) => setState({ status: 'ok', position: { lat: p.coords.latitude, lng: p.coords.longitude, accuracy: Math.round(p.coords.accuracy) } }),
      (e) => setState({ status: 'error', reason: e.message || String(e.code) }),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  }, []);
  useEffect(locate, [locate]);
  return { state, locate };
}
