/** The most a GeoJSON upload may be (the server's limit: schemas/maps.ts). */
export const MAX_GEOJSON_BYTES = 15_000_000;

/** A chosen file as text, or null when it is larger than the server accepts. */
export async function readGeoJsonFile(file: File): Promise<string | null> {
  if (file.size > MAX_GEOJSON_BYTES) return null;
  return file.text();
}
