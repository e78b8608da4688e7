import { useEffect, useState } from 'react';

/** The window height minus the chrome around a scrolling area (virtual lists need a number). */
export function useViewportHeight(chrome: number, min: number) {
  const measure = () => Math.max(min, window.innerHeight - chrome);
  const [height, setHeight] = useState(measure);
  useEffect(() => {
    const onResize = () => setHeight(measure());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [chrome, min]);
  return height;
}
