import { useCallback, useEffect, useState } from 'react';

export type GeoState =
  | { status: 'locating' }
  | { status: 'ok'; latitude: number; longitude: number; accuracy: number }
  | { status: 'error'; reason: string }
  | { status: 'unsupported' };

/**
 * The device's position for a survey (asked once on opening, again on request). GPS works
 * offline; only a secure page (https or localhost) may ask for it.
 */
export function useGeolocation() {
  const [state, setState] = useState<GeoState>(() => ('geolocation' in navigator ? { status: 'locating' } : { status: 'unsupported' }));
  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) return setState({ status: 'unsupported' });
    setState({ status: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (p) => setState({ status: 'ok', latitude: p.coords.latitude, longitude: p.coords.longitude, accuracy: Math.round(p.coords.accuracy) }),
      (e) => setState({ status: 'error', reason: e.message || String(e.code) }),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  }, []);
  useEffect(locate, [locate]);
  return { state, locate };
}
