/** Wheelhouse's mark: a ship's wheel (helm), drawn in currentColor so it sits on any surface. */

const CENTRE = 12;
const RIM = 6.6;

/** Eight directions; each gets a spoke inside the rim and a handle outside it. */
const SPOKES = Array.from({ length: 8 }, (_, index) => {
  const angle = (index * Math.PI) / 4;
  const at = (radius: number) => ({
    x: (CENTRE + radius * Math.cos(angle)).toFixed(2),
    y: (CENTRE + radius * Math.sin(angle)).toFixed(2),
  });
  return { hub: at(2), rim: at(RIM), tip: at(10.4) };
});

export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeLinecap="round" aria-hidden="true" className={className}>
      {SPOKES.map(({ hub, rim, tip }, index) => (
        <g key={index}>
          <line x1={hub.x} y1={hub.y} x2={rim.x} y2={rim.y} strokeWidth={1.4} />
          <line x1={rim.x} y1={rim.y} x2={tip.x} y2={tip.y} strokeWidth={2.6} />
        </g>
      ))}
      <circle cx={CENTRE} cy={CENTRE} r={RIM} strokeWidth={2} />
      <circle cx={CENTRE} cy={CENTRE} r={2.6} fill="currentColor" stroke="none" />
    </svg>
  );
}
