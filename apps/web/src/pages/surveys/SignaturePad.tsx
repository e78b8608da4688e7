import { Button } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A signature pad for finger or stylus (pointer events, no library): the respondent signs in the
 * box; every finished stroke hands the drawing up as a PNG (base64, no data: prefix).
 */
export function SignaturePad({ value, onChange, invalid }: { value: string | null; onChange: (png: string | null) => void; invalid?: boolean }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const last = useRef<{ x: number; y: number } | null>(null);

  // Size the bitmap to the box (crisp on high-density screens, capped so the PNG stays small).
  const fit = useCallback(() => {
    const c = canvas.current;
    if (!c) return;
    const ratio = Math.min(2, window.devicePixelRatio || 1);
    c.width = Math.round(c.clientWidth * ratio);
    c.height = Math.round(c.clientHeight * ratio);
    const g = c.getContext('2d')!;
    g.scale(ratio, ratio);
    g.lineWidth = 2.5;
    g.lineCap = 'round';
    g.lineJoin = 'round';
    g.strokeStyle = '#1f2a3d';
  }, []);
  useEffect(fit, [fit]);
  // Cleared from outside (next household): wipe the bitmap too.
  useEffect(() => {
    if (value === null) fit();
  }, [value, fit]);

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const down = (e: React.PointerEvent<HTMLCanvasElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = true;
    last.current = point(e);
  };
  const move = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current || !last.current) return;
    const g = e.currentTarget.getContext('2d')!;
    const p = point(e);
    g.beginPath();
    g.moveTo(last.current.x, last.current.y);
    g.lineTo(p.x, p.y);
    g.stroke();
    last.current = p;
  };
  const up = () => {
    if (!drawing.current) return;
    drawing.current = false;
    last.current = null;
    const url = canvas.current!.toDataURL('image/png');
    onChange(url.slice(url.indexOf(',') + 1));
  };

  return (
    <div>
      <canvas
        ref={canvas}
        className={`signature-pad${invalid ? ' has-error' : ''}`}
        aria-label={t('surveys.fill.signHere')}
        data-testid="signature-pad"
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
      />
      <div className="signature-hint">
        <span>{t('surveys.fill.signHere')}</span>
        <Button size="small" type="link" onClick={() => onChange(null)} disabled={!value}>{t('surveys.fill.clear')}</Button>
      </div>
    </div>
  );
}
