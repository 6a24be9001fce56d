import { ReactNode, useEffect, useState } from 'react';

const WIDTH = 1920;
const HEIGHT = 1080;

/** A 1920×1080 stage scaled to fit the window (CSS transform), centred, for the meeting-room screen. */
export function ScaledStage({ children }: { children: ReactNode }) {
  const fit = () => Math.min(window.innerWidth / WIDTH, window.innerHeight / HEIGHT);
  const [scale, setScale] = useState(fit);
  useEffect(() => {
    const onResize = () => setScale(fit());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return (
    <div style={{ position: 'fixed', inset: 0, background: '#020b1f', overflow: 'hidden' }}>
      <div
        data-stage
        style={{
          position: 'absolute',
          width: WIDTH,
          height: HEIGHT,
          left: (window.innerWidth - WIDTH * scale) / 2,
          top: (window.innerHeight - HEIGHT * scale) / 2,
          transform: `scale(${scale})`,
          transformOrigin: '0 0',
        }}
      >
        {children}
      </div>
    </div>
  );
}
