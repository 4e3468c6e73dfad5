import { useEffect, useRef } from 'react';
import { Button } from 'antd';
import type SignaturePad from 'signature_pad';
import type { PointGroup } from 'signature_pad';
import type { DraftSignature } from './draft';

/** The canvas sized to its box in device pixels (sharp on phones), the strokes drawn again. */
function fit(canvas: HTMLCanvasElement, pad: SignaturePad, strokes: unknown): void {
  const ratio = Math.max(window.devicePixelRatio || 1, 1);
  canvas.width = canvas.offsetWidth * ratio;
  canvas.height = canvas.offsetHeight * ratio;
  canvas.getContext('2d')?.scale(ratio, ratio);
  pad.clear();
  if (Array.isArray(strokes) && strokes.length) pad.fromData(strokes as PointGroup[]);
}

/**
 * The target's signature drawn on the screen (signature_pad, fetched with this page only). Each
 * finished stroke goes to the draft as strokes and as the PNG uploaded as SIGNATURE evidence.
 */
export function SignatureField(props: {
  value: DraftSignature | null;
  onChange: (value: DraftSignature | null) => void;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const initial = useRef(props.value);
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;

  useEffect(() => {
    let live = true;
    let cleanup = () => {};
    void import('signature_pad').then(({ default: Pad }) => {
      const canvas = canvasRef.current;
      if (!live || !canvas) return;
      const pad = new Pad(canvas, { penColor: '#10206b', minWidth: 1, maxWidth: 3 });
      padRef.current = pad;
      fit(canvas, pad, initial.current?.strokes);
      const ended = () => onChange.current({ strokes: pad.toData(), png: pad.toDataURL('image/png') });
      pad.addEventListener('endStroke', ended);
      const resized = () => fit(canvas, pad, pad.toData());
      window.addEventListener('resize', resized);
      cleanup = () => {
        window.removeEventListener('resize', resized);
        pad.removeEventListener('endStroke', ended);
        pad.off();
      };
    });
    return () => {
      live = false;
      cleanup();
    };
  }, []);

  const clear = () => {
    padRef.current?.clear();
    onChange.current(null);
  };

  return (
    <div className="record-signature">
      <canvas ref={canvasRef} role="img" aria-label="签名区：请检查对象在此处签字" data-testid="signature-canvas" />
      <div className="record-signature-bar">
        <span>{props.value ? '已签字' : '请在上方框内签字'}</span>
        <Button size="large" onClick={clear} disabled={!props.value}>
          清除重签
        </Button>
      </div>
    </div>
  );
}
