import { Button } from 'antd';
import { useCallback, useEffect, useRef } from 'react';

export interface SignaturePadProps {
  /** The current signature (PNG as base64, no data: prefix), or null when blank. */
  value: string | null;
  onChange: (png: string | null) => void;
  /** What the box asks for (e.g. 请被检查单位负责人在此签名) and the clear button's label. */
  label: string;
  clearLabel: string;
  invalid?: boolean;
  height?: number;
  'data-testid'?: string;
}

/**
 * A canvas signature pad for finger, stylus or mouse (pointer events, no library). Each finished
 * stroke hands the whole drawing up as a PNG; the server stores it as the signature image.
 */
export function SignaturePad({ value, onChange, label, clearLabel, invalid, height = 160, ...rest }: SignaturePadProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const last = useRef<{ x: number; y: number } | null>(null);

  // The bitmap follows the box's size (sharp on dense screens, capped so the PNG stays small).
  const reset = useCallback(() => {
    const c = canvas.current;
    if (!c) return;
    const ratio = Math.min(2, window.devicePixelRatio || 1);
    c.width = Math.round(c.clientWidth * ratio);
    c.height = Math.round(c.clientHeight * ratio);
    const g = c.getContext('2d')!;
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.lineWidth = 2.5;
    g.lineCap = 'round';
    g.lineJoin = 'round';
    g.strokeStyle = '#1f2a3d';
  }, []);
  useEffect(reset, [reset]);
  useEffect(() => {
    if (value === null) reset();
  }, [value, reset]);

  const at = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const down = (e: React.PointerEvent<HTMLCanvasElement>) => {
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = true;
    last.current = at(e);
  };
  const move = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current || !last.current) return;
    const g = e.currentTarget.getContext('2d')!;
    const p = at(e);
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
        aria-label={label}
        data-testid={rest['data-testid'] ?? 'signature-pad'}
        // touch-action: none keeps the page from scrolling while the finger signs.
        style={{ width: '100%', height, display: 'block', touchAction: 'none', background: '#fff', borderRadius: 6, border: `1px ${invalid ? 'solid #ff4d4f' : 'dashed #bfc6d1'}` }}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
      />
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', color: '#8a93a3', fontSize: 12, marginTop: 4 }}>
        <span>{label}</span>
        <Button size="small" type="link" onClick={() => onChange(null)} disabled={!value}>{clearLabel}</Button>
      </div>
    </div>
  );
}
