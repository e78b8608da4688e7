/** A point on the earth, in degrees (WGS-84 as phones report it). */
export interface GeoPoint {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine; ample for villages a few km apart). */
export function distanceMeters(a: GeoPoint, b: GeoPoint): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The point `meters` north and `metersEast` east of `p` (for tests and demo data). */
export function offsetPoint(p: GeoPoint, metersNorth: number, metersEast: number): GeoPoint {
  return {
    lat: p.lat + (metersNorth / EARTH_RADIUS_M) * (180 / Math.PI),
    lon: p.lon + (metersEast / (EARTH_RADIUS_M * Math.cos(rad(p.lat)))) * (180 / Math.PI),
  };
}
